package fr.dui.server.audit;

import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountChanged;
import fr.dui.server.security.accounts.AccountRepository;
import fr.dui.server.security.accounts.SecondFactorChecked;
import fr.dui.server.security.clients.ClientRegistered;
import fr.dui.server.security.events.AccessRefused;
import fr.dui.server.security.events.TokenIssued;
import fr.dui.server.security.habilitations.BreakGlassGranted;
import fr.dui.server.security.habilitations.HabilitationsChanged;
import fr.dui.server.security.psc.PscLoginChecked;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Logins (successful or not), tokens issued and requests turned away without a valid token, into the trail. */
class SecurityAuditListener {

    private final AuditWriter writer;
    private final AccountRepository accounts;
    private final Clock clock;

    SecurityAuditListener(AuditWriter writer, AccountRepository accounts, Clock clock) {
        this.writer = writer;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
            writer.record(login(login, AuditRecord.SUCCESS, null));
        }
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
            writer.record(login(
                    login,
                    AuditRecord.MINOR_FAILURE,
                    "Échec de connexion : " + event.getException().getClass().getSimpleName()));
        }
    }

    @EventListener
    void tokenIssued(TokenIssued event) {
        writer.record(new AuditRecord(
                event.at(),
                AuditRecord.Kind.TOKEN,
                "token-issued",
                "E",
                AuditRecord.SUCCESS,
                "grant_type=" + event.grantType() + " scope=" + String.join(" ", new TreeSet<>(event.scopes())),
                person(event.subject()),
                event.clientId(),
                null,
                null,
                Set.of()));
    }

    @EventListener
    void accessRefused(AccessRefused event) {
        writer.record(new AuditRecord(
                event.at(),
                AuditRecord.Kind.ACCESS_REFUSED,
                "access-refused",
                "E",
                AuditRecord.MINOR_FAILURE,
                event.reason(),
                null,
                null,
                event.remoteAddress(),
                event.method() + " " + event.path(),
                Set.of()));
    }

    @EventListener
    void habilitationsChanged(HabilitationsChanged event) {
        writer.record(new AuditRecord(
                event.at(),
                AuditRecord.Kind.SECURITY_ADMINISTRATION,
                "habilitations-changed",
                "U",
                AuditRecord.SUCCESS,
                "Nouvelle matrice : " + event.cells() + " cellules",
                person(event.by()),
                null,
                event.remoteAddress(),
                "/admin/habilitations",
                Set.of()));
    }

    @EventListener
    void secondFactor(SecondFactorChecked event) {
        writer.record(login(
                event.at(),
                event.success(),
                event.success() ? "Double authentification : code accepté" : "Double authentification : code incorrect",
                person(event.username()),
                event.remoteAddress()));
    }

    @EventListener
    void pscLogin(PscLoginChecked event) {
        String idNat = event.idNat() == null ? "" : " (idNat_PS " + event.idNat() + ")";
        writer.record(login(
                event.at(),
                event.success(),
                event.success()
                        ? "Connexion Pro Santé Connect" + idNat
                        : "Échec de connexion Pro Santé Connect" + idNat + " : " + event.reason(),
                event.success()
                        ? person(event.username())
                        : event.idNat() == null ? null : AuditEvents.IDNAT_PS + "|" + event.idNat(),
                event.remoteAddress()));
    }

    @EventListener
    void accountChanged(AccountChanged event) {
        writer.record(new AuditRecord(
                event.at(),
                AuditRecord.Kind.SECURITY_ADMINISTRATION,
                "account-changed",
                event.what().equals("account-created") ? "C" : "U",
                AuditRecord.SUCCESS,
                event.what() + " : " + event.account(),
                person(event.by()),
                null,
                event.remoteAddress(),
                "/admin/comptes/" + event.account(),
                Set.of()));
    }

    @EventListener
    void clientRegistered(ClientRegistered event) {
        writer.record(new AuditRecord(
                event.at(),
                AuditRecord.Kind.SECURITY_ADMINISTRATION,
                "client-registered",
                "U",
                AuditRecord.SUCCESS,
                "Application " + event.clientId() + " (" + event.kind() + ")",
                person(event.by()),
                null,
                event.remoteAddress(),
                "/admin/clients/" + event.clientId(),
                Set.of()));
    }

    @EventListener
    void brokeTheGlass(BreakGlassGranted event) {
        writer.record(new AuditRecord(
                event.grant().granted(),
                AuditRecord.Kind.BREAK_GLASS,
                "break-the-glass",
                "E",
                AuditRecord.SUCCESS,
                "Bris de glace jusqu'au " + event.grant().expires() + " : "
                        + event.grant().justification(),
                event.grant().professional(),
                event.clientId(),
                event.remoteAddress(),
                "Patient/" + event.grant().usager() + "/$bris-de-glace",
                Set.of(event.grant().usager())));
    }

    private AuditRecord login(Authentication login, int outcome, String text) {
        String remote = login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        return login(clock.instant(), outcome == AuditRecord.SUCCESS, text, person(login.getName()), remote);
    }

    private static AuditRecord login(Instant at, boolean success, String text, String who, String remoteAddress) {
        return new AuditRecord(
                at,
                AuditRecord.Kind.LOGIN,
                "login",
                "E",
                success ? AuditRecord.SUCCESS : AuditRecord.MINOR_FAILURE,
                text,
                who,
                null,
                remoteAddress,
                null,
                Set.of());
    }

    /** The FHIR resource a person is, when known; else the login. */
    private String person(String username) {
        if (username == null) {
            return null;
        }
        return accounts.find(username)
                .map(Account::fhirUser)
                .filter(u -> u != null && !u.isBlank())
                .orElse(username);
    }
}
