package fr.dui.server.security.psc;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Pro Santé Connect, the ANS's OpenID Connect provider, as a way for professionals to log in. Off unless an issuer is
 * set.
 *
 * @param issuer the PSC issuer ({@code DUI_PSC_ISSUER}), e.g. {@code https://auth.esw.esante.gouv.fr/auth/realms/esante-wallet};
 *     its endpoints are read from its OpenID discovery document at the first login, not at start; empty = PSC off
 * @param clientId the client id the ANS gave this DUI ({@code DUI_PSC_CLIENT_ID})
 * @param clientSecret its secret ({@code DUI_PSC_CLIENT_SECRET})
 * @param scopes the scopes asked (space-separated)
 * @param acrValues the authentication level asked ({@code acr_values}): PSC asks for {@code eidas1}
 */
@Validated
@ConfigurationProperties("dui.psc")
public record PscSettings(
        @DefaultValue("") String issuer,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @NotBlank @DefaultValue("openid scope_all") String scopes,
        @DefaultValue("eidas1") String acrValues) {

    /** Whether professionals may log in with PSC. */
    public boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }

    @AssertTrue(
            message = "dui.psc.issuer must be an absolute http(s) URL, with dui.psc.client-id, dui.psc.client-secret"
                    + " and the openid scope")
    public boolean isComplete() {
        if (!enabled()) {
            return true;
        }
        try {
            URI uri = URI.create(issuer.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && clientId != null
                    && !clientId.isBlank()
                    && clientSecret != null
                    && !clientSecret.isBlank()
                    && scopes.contains("openid");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "PscSettings[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=***, scopes=" + scopes
                + ", acrValues=" + acrValues + "]";
    }
}
