package fr.dui.server.security.smart;

import fr.dui.server.security.SecuritySettings;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountRepository;
import fr.dui.server.security.habilitations.ProcheAccess;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
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
    private final LaunchContexts launches;
    private final PatientPicks picks;
    private final ProcheAccess proches;
    private final Clock clock;

    public SmartContextTokens(
            SecuritySettings settings,
            AccountRepository accounts,
            LaunchContexts launches,
            PatientPicks picks,
            ProcheAccess proches,
            Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.launches = launches;
        this.picks = picks;
        this.proches = proches;
        this.clock = clock;
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
            Optional<LaunchContexts.LaunchContext> launch = launch(context, account);
            launch.ifPresentOrElse(
                    l -> {
                        context.getClaims().claim(SmartClaims.PATIENT, l.patient());
                        if (l.encounter() != null) {
                            context.getClaims().claim(SmartClaims.ENCOUNTER, l.encounter());
                        }
                    },
                    () -> patientInContext(account)
                            .or(() -> procheUsager(account))
                            .or(() -> pickedUsager(context, account))
                            .ifPresent(p -> context.getClaims().claim(SmartClaims.PATIENT, p)));
            account.ifPresent(a ->
                    context.getClaims().claim(SmartClaims.ACCOUNT_KIND, a.kind().name()));
        } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            account.map(Account::fhirUser)
                    .filter(u -> !u.isBlank())
                    .ifPresent(u -> context.getClaims().claim(SmartClaims.FHIR_USER, settings.fhirBase() + "/" + u));
        }
    }

    /**
     * The EHR launch context of the authorization, when the app asked for it ({@code launch} parameter and
     * {@code launch} scope): it must exist, be the launching professional's own, for this app, and (when the code is
     * exchanged) not expired; a refresh keeps the context of the first token.
     */
    private Optional<LaunchContexts.LaunchContext> launch(JwtEncodingContext context, Optional<Account> account) {
        OAuth2Authorization authorization = context.getAuthorization();
        if (authorization == null || !context.getAuthorizedScopes().contains("launch")) {
            return Optional.empty();
        }
        OAuth2AuthorizationRequest request = authorization.getAttribute(OAuth2AuthorizationRequest.class.getName());
        Object value =
                request == null ? null : request.getAdditionalParameters().get("launch");
        if (value == null) {
            return Optional.empty();
        }
        LaunchContexts.LaunchContext launch =
                launches.find(value.toString()).orElseThrow(() -> invalidLaunch("launch inconnu"));
        if (account.map(Account::fhirUser).filter(launch.createdBy()::equals).isEmpty()) {
            throw invalidLaunch("launch émis pour un autre professionnel");
        }
        if (launch.clientId() != null
                && !launch.clientId().equals(context.getRegisteredClient().getClientId())) {
            throw invalidLaunch("launch émis pour une autre application");
        }
        if (AuthorizationGrantType.AUTHORIZATION_CODE.equals(context.getAuthorizationGrantType())
                && launch.expires().isBefore(clock.instant())) {
            throw invalidLaunch("launch expiré");
        }
        return Optional.of(launch);
    }

    private static OAuth2AuthenticationException invalidLaunch(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, why, null));
    }

    /** The usager a professional picked on the consent page of a standalone launch ({@code launch/patient}). */
    private Optional<String> pickedUsager(JwtEncodingContext context, Optional<Account> account) {
        OAuth2Authorization authorization = context.getAuthorization();
        if (authorization == null
                || account.filter(a -> a.kind() == Account.Kind.PROFESSIONAL).isEmpty()
                || !context.getAuthorizedScopes().contains("launch/patient")) {
            return Optional.empty();
        }
        return picks.find(
                account.get().username(), context.getRegisteredClient().getClientId(), authorization.getId());
    }

    /** A proche's launches have in context the usager whose consent (or legal representation) opens the record. */
    private Optional<String> procheUsager(Optional<Account> account) {
        return account.filter(a -> a.kind() == Account.Kind.PROCHE)
                .map(Account::fhirUser)
                .flatMap(proches::of)
                .map(ProcheAccess.Grant::usager);
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
