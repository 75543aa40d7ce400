package fr.dui.server.security.smart;

import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountRepository;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;

/**
 * When the consent page is shown: as Spring Authorization Server decides (not for scopes already granted), except
 * that a professional's launch asking {@code launch/patient} always shows it, because the usager is chosen there at
 * every launch.
 */
public class PatientPickConsent implements Predicate<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    private final AccountRepository accounts;

    public PatientPickConsent(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean test(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        if (!context.getRegisteredClient().getClientSettings().isRequireAuthorizationConsent()) {
            return false;
        }
        Set<String> requested = context.getAuthorizationRequest().getScopes();
        if (requested.contains("launch/patient") && isProfessional(context)) {
            return true;
        }
        if (requested.size() == 1 && requested.contains("openid")) {
            return false;
        }
        OAuth2AuthorizationConsent consent = context.getAuthorizationConsent();
        return consent == null || !consent.getScopes().containsAll(requested);
    }

    private boolean isProfessional(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        Object principal = request.getPrincipal();
        String name = principal instanceof Authentication auth ? auth.getName() : null;
        return name != null
                && accounts.find(name)
                        .filter(a -> a.kind() == Account.Kind.PROFESSIONAL)
                        .isPresent();
    }
}
