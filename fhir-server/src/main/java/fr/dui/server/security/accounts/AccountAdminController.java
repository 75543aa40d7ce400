package fr.dui.server.security.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts, for administrators (JSON, HTTP Basic): list them, create one for a professional ({@code PractitionerRole}
 * or {@code Practitioner}), a usager ({@code Patient}), a proche ({@code RelatedPerson}), an auditor or another
 * administrator; disable, enable, reset a password. A new or reset account gets a one-time password, shown once in
 * the answer, to be changed at first login. Every change is in the audit trail.
 */
@RestController
public class AccountAdminController {

    public static final String PATH = "/admin/comptes";

    /** What an administrator sees of an account (never its password hash). */
    public record AccountView(
            String username,
            String kind,
            String fhirUser,
            String displayName,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            boolean secondFactor) {}

    /** A new account, as the administrator sends it. */
    public record NewAccount(String username, String kind, String fhirUser, String displayName) {}

    private final AccountRepository accounts;
    private final AccountRules rules;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AccountAdminController(
            AccountRepository accounts,
            AccountRules rules,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.rules = rules;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping(PATH)
    public List<AccountView> list() {
        return accounts.all().stream().map(this::view).toList();
    }

    @PostMapping(PATH)
    public ResponseEntity<Map<String, Object>> create(
            @RequestBody NewAccount request, Principal admin, HttpServletRequest http) {
        Account.Kind kind = rules.validate(request);
        if (accounts.find(request.username()).isPresent()) {
            throw new AccountRules.InvalidAccount(
                    HttpStatus.CONFLICT, "Le compte « " + request.username() + " » existe déjà.");
        }
        String password = OneTimePasswords.generate();
        accounts.create(Account.opened(
                request.username(),
                encoder.encode(password),
                kind,
                blankToNull(request.fhirUser()),
                request.displayName() == null || request.displayName().isBlank()
                        ? request.username()
                        : request.displayName().strip(),
                true));
        publish(admin, http, "account-created", request.username());
        return ResponseEntity.created(URI.create(PATH + "/" + request.username()))
                .body(
                        Map.of(
                                "compte",
                                view(accounts.find(request.username()).orElseThrow()),
                                "motDePasseProvisoire",
                                password,
                                "message",
                                "Mot de passe provisoire affiché une seule fois : la personne le change à sa première connexion."));
    }

    @PostMapping(PATH + "/{username}/desactivation")
    public AccountView disable(@PathVariable String username, Principal admin, HttpServletRequest http) {
        existing(username);
        if (username.equals(admin.getName())) {
            throw new AccountRules.InvalidAccount(
                    HttpStatus.BAD_REQUEST, "Un administrateur ne désactive pas son propre compte.");
        }
        accounts.setEnabled(username, false);
        publish(admin, http, "account-disabled", username);
        return view(existing(username));
    }

    @PostMapping(PATH + "/{username}/reactivation")
    public AccountView enable(@PathVariable String username, Principal admin, HttpServletRequest http) {
        existing(username);
        accounts.setEnabled(username, true);
        publish(admin, http, "account-enabled", username);
        return view(existing(username));
    }

    @PostMapping(PATH + "/{username}/mot-de-passe")
    public Map<String, Object> reset(@PathVariable String username, Principal admin, HttpServletRequest http) {
        existing(username);
        String password = OneTimePasswords.generate();
        accounts.setPassword(username, encoder.encode(password), true);
        publish(admin, http, "password-reset", username);
        return Map.of(
                "compte",
                view(existing(username)),
                "motDePasseProvisoire",
                password,
                "message",
                "Mot de passe provisoire affiché une seule fois ; le compte est déverrouillé.");
    }

    /** The person lost their authenticator app: two-factor authentication is turned off until they turn it on again. */
    @PostMapping(PATH + "/{username}/double-authentification/suppression")
    public AccountView removeSecondFactor(@PathVariable String username, Principal admin, HttpServletRequest http) {
        existing(username);
        accounts.setTotpSecret(username, null);
        publish(admin, http, "second-factor-removed", username);
        return view(existing(username));
    }

    @ExceptionHandler(AccountRules.InvalidAccount.class)
    ResponseEntity<ProblemDetail> invalid(AccountRules.InvalidAccount e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle("Compte non modifié");
        return ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private Account existing(String username) {
        return accounts.find(username)
                .orElseThrow(() ->
                        new AccountRules.InvalidAccount(HttpStatus.NOT_FOUND, "Aucun compte « " + username + " »."));
    }

    private void publish(Principal admin, HttpServletRequest http, String what, String username) {
        events.publishEvent(new AccountChanged(clock.instant(), admin.getName(), what, username, http.getRemoteAddr()));
    }

    private AccountView view(Account a) {
        return new AccountView(
                a.username(),
                a.kind().name(),
                a.fhirUser(),
                a.displayName(),
                a.enabled(),
                a.lockedAt(clock.instant()),
                a.mustChangePassword(),
                accounts.totpSecret(a.username()).isPresent());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
