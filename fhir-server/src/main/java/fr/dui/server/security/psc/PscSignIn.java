package fr.dui.server.security.psc;

import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountUserDetailsService;
import fr.dui.server.security.accounts.ExternalStrongLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Ends a Pro Santé Connect login the way a form login ends: the session is that of the local PROFESSIONAL account of
 * the chosen role (so SMART tokens, habilitations and the audit trail see the same principal as after a password
 * login), marked as a strong login; or the session is left anonymous and the refusal recorded.
 */
public class PscSignIn {

    /** Session attribute: why the last PSC login was refused, in French, for the refusal page. */
    static final String REFUSAL = "dui.psc.refusal";

    private final PscAccounts accounts;
    private final AccountUserDetailsService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    public PscSignIn(
            PscAccounts accounts, AccountUserDetailsService users, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** Logs the person in as the account of this role; empty (and refused) when that account is disabled. */
    public Optional<Authentication> complete(
            PscIdentity identity, String role, HttpServletRequest request, HttpServletResponse response) {
        Optional<Account> account = accounts.forRole(identity, role, request.getRemoteAddr());
        Optional<UserDetails> user =
                account.map(a -> users.loadUserByUsername(a.username())).filter(UserDetails::isEnabled);
        if (user.isEmpty()) {
            refuse(
                    identity.idNat(),
                    "account-disabled",
                    "Le compte de cette activité est désactivé. Adressez-vous à l'administrateur du dossier.",
                    request,
                    response);
            return Optional.empty();
        }
        List<GrantedAuthority> authorities = new ArrayList<>(user.get().getAuthorities());
        authorities.add(ExternalStrongLogin.AUTHORITY);
        UserDetails principal = User.withUsername(user.get().getUsername())
                .password("")
                .authorities(authorities)
                .build();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        request.getSession().removeAttribute(REFUSAL);
        events.publishEvent(new PscLoginChecked(
                clock.instant(), identity.idNat(), principal.getUsername(), true, null, request.getRemoteAddr()));
        return Optional.of(authentication);
    }

    /** Leaves the session anonymous (the saved request stays, for a form login), records why, for the page. */
    public void refuse(
            String idNat, String reason, String message, HttpServletRequest request, HttpServletResponse response) {
        anonymous(request, response);
        request.getSession().setAttribute(REFUSAL, message);
        events.publishEvent(
                new PscLoginChecked(clock.instant(), blankToNull(idNat), null, false, reason, request.getRemoteAddr()));
    }

    /** No one is logged in in this session (while the person picks an activity, or after a refusal). */
    public void anonymous(HttpServletRequest request, HttpServletResponse response) {
        contexts.clearContext();
        repository.saveContext(contexts.createEmptyContext(), request, response);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
