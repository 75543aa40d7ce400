package fr.dui.server.security.smart;

import fr.dui.server.security.SecuritySettings;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the SMART context into the tokens: the FHIR base as audience, the client, the person ({@code fhirUser}) and,
 * for a usager, the usager's own record as {@code patient}.
 */
public class SmartContextTokens implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SecuritySettings settings;
    private final AccountRepository accounts;

    public SmartContextTokens(SecuritySettings settings, AccountRepository accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        Optional<Account> account = account(context.getPrincipal());
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims()
                    .audience(new ArrayList<>(
                            List.of(settings.fhirBase()))) // stored claims: a type the store's allowlist knows
                    .claim("client_id", context.getRegisteredClient().getClientId());
            account.map(Account::fhirUser)
                    .filter(u -> !u.isBlank())
                    .ifPresent(u -> context.getClaims().claim(SmartClaims.FHIR_USER, settings.fhirBase() + "/" + u));
            patientInContext(account).ifPresent(p -> context.getClaims().claim(SmartClaims.PATIENT, p));
            account.ifPresent(a ->
                    context.getClaims().claim(SmartClaims.ACCOUNT_KIND, a.kind().name()));
        } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            account.map(Account::fhirUser)
                    .filter(u -> !u.isBlank())
                    .ifPresent(u -> context.getClaims().claim(SmartClaims.FHIR_USER, settings.fhirBase() + "/" + u));
        }
    }

    /** A usager's own record is the patient in context of every launch. */
    static Optional<String> patientInContext(Optional<Account> account) {
        return account.filter(a -> a.kind() == Account.Kind.USAGER)
                .map(Account::fhirUser)
                .filter(u -> u.startsWith("Patient/"))
                .map(u -> u.substring("Patient/".length()));
    }

    private Optional<Account> account(Authentication principal) {
        if (principal == null
                || principal.getName() == null
                || principal instanceof OAuth2ClientAuthenticationToken) { // a backend service is nobody's account
            return Optional.empty();
        }
        return accounts.find(principal.getName());
    }
}
