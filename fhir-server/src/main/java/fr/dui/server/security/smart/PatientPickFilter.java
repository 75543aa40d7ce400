package fr.dui.server.security.smart;

import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountRepository;
import fr.dui.server.security.habilitations.DataCategory;
import fr.dui.server.security.habilitations.EntitlementsService;
import fr.dui.server.security.habilitations.Interaction;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the consent of a professional's standalone launch asking {@code launch/patient}: the usager picked on the page
 * ({@code dui_patient}) must be one the professional's habilitations open; it is recorded for the token of this
 * authorization. Without a valid pick the consent is not passed on.
 */
public class PatientPickFilter extends OncePerRequestFilter {

    public static final String FIELD = "dui_patient";

    private final AccountRepository accounts;
    private final EntitlementsService entitlements;
    private final PatientPicks picks;
    private final OAuth2AuthorizationService authorizations;
    private final Clock clock;

    public PatientPickFilter(
            AccountRepository accounts,
            EntitlementsService entitlements,
            PatientPicks picks,
            OAuth2AuthorizationService authorizations,
            Clock clock) {
        this.accounts = accounts;
        this.entitlements = entitlements;
        this.picks = picks;
        this.authorizations = authorizations;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] scopes = request.getParameterValues("scope");
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean consent = "POST".equals(request.getMethod())
                && request.getRequestURI().endsWith("/oauth2/authorize")
                && request.getParameter("state") != null
                && request.getParameter("response_type") == null; // the consent form, not an authorization request
        if (!consent || scopes == null || Arrays.stream(scopes).noneMatch("launch/patient"::equals) || auth == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = accounts.find(auth.getName());
        Optional<String> professional =
                account.filter(a -> a.kind() == Account.Kind.PROFESSIONAL).map(Account::fhirUser);
        if (professional.isEmpty()) {
            chain.doFilter(request, response); // a usager or a proche: their own record is the context
            return;
        }
        String patient = request.getParameter(FIELD);
        // the consent's state is the authorization server's own: it names the authorization the pick belongs to
        OAuth2Authorization authorization = authorizations.findByToken(
                request.getParameter("state"), new OAuth2TokenType(OAuth2ParameterNames.STATE));
        if (authorization == null) {
            chain.doFilter(request, response); // an unknown consent: the authorization server refuses it
            return;
        }
        if (patient == null
                || !patient.matches("[A-Za-z0-9\\-.]{1,64}")
                || !entitlements.of(professional.get()).allows(DataCategory.ADMINISTRATIF, Interaction.READ, patient)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"fr\"><meta charset=\"utf-8\"><title>Usager à choisir</title>"
                            + "<main><h1>Choisissez un usager</h1><p>Cette application ouvre le dossier d'un usager :"
                            + " choisissez-le parmi ceux que vos habilitations vous ouvrent, puis validez.</p></main>");
            response.getWriter().flush();
            return;
        }
        picks.record(
                auth.getName(),
                professional.get(),
                request.getParameter("client_id"),
                authorization.getId(),
                patient,
                clock.instant().plus(Duration.ofMinutes(10)));
        chain.doFilter(request, response);
    }
}
