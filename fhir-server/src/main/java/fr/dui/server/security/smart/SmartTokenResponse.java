package fr.dui.server.security.smart;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.dui.server.security.SecuritySettings;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;

/**
 * Adds the SMART launch context to the token response, next to the access token: {@code patient},
 * {@code encounter}, {@code fhirUser}, {@code need_patient_banner}, {@code smart_style_url}.
 */
public class SmartTokenResponse implements Consumer<OAuth2AccessTokenAuthenticationContext> {

    private final SecuritySettings settings;

    public SmartTokenResponse(SecuritySettings settings) {
        this.settings = settings;
    }

    @Override
    public void accept(OAuth2AccessTokenAuthenticationContext context) {
        OAuth2AccessTokenAuthenticationToken authentication = context.getAuthentication();
        String token = authentication.getAccessToken().getTokenValue();
        Map<String, Object> extra = new HashMap<>(authentication.getAdditionalParameters());
        try {
            JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
            for (String name : new String[] {SmartClaims.PATIENT, SmartClaims.ENCOUNTER, SmartClaims.FHIR_USER}) {
                Object value = claims.getClaim(name);
                if (value != null) {
                    extra.put(name, value);
                }
            }
            if (claims.getClaim(SmartClaims.PATIENT) != null) {
                extra.put(SmartClaims.NEED_PATIENT_BANNER, true);
            }
        } catch (ParseException e) {
            throw new IllegalStateException("The server issued an unreadable access token", e);
        }
        extra.put(SmartClaims.SMART_STYLE_URL, settings.issuer().replaceAll("/+$", "") + "/smart-style.json");
        context.getAccessTokenResponse().additionalParameters(extra);
    }
}
