package fr.dui.server.security.access;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import fr.dui.server.security.SecuritySettings;
import fr.dui.server.security.tokens.RevokedTokens;
import java.util.Set;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Access tokens accepted by the FHIR API: signed by this server's keys with RS256 (no {@code none}, no HMAC, no
 * other key), issued by this server, for this FHIR base, not expired.
 */
public final class FhirTokenDecoder {

    private FhirTokenDecoder() {}

    public static JwtDecoder create(JWKSource<SecurityContext> keys, SecuritySettings settings, RevokedTokens revoked) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256), keys));
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        OAuth2TokenValidator<Jwt> audience =
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(settings.fhirBase())
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(
                                new OAuth2Error("invalid_token", "Token not issued for " + settings.fhirBase(), null));
        OAuth2TokenValidator<Jwt> notRevoked = jwt -> revoked.isRevoked(jwt.getTokenValue())
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Token revoked", null))
                : OAuth2TokenValidatorResult.success();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(settings.issuer().replaceAll("/+$", "")), audience, notRevoked));
        return decoder;
    }
}
