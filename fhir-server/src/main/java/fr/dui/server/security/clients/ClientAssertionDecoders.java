package fr.dui.server.security.clients;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Set;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionDecoderFactory;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * Verifies the signed JWT a backend client authenticates with ({@code private_key_jwt}, SMART Backend Services): with
 * the client's public keys given inline at registration or at its JWKS URL, and only with RS384 or ES384 (the
 * algorithms SMART requires), never an unsigned or HMAC token.
 */
public class ClientAssertionDecoders implements JwtDecoderFactory<RegisteredClient> {

    /** Client setting that holds the client's public JWK Set, inline. */
    public static final String INLINE_JWKS = "settings.client.dui.jwks";

    static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);

    @Override
    public JwtDecoder createDecoder(RegisteredClient client) {
        ClientSettings settings = client.getClientSettings();
        NimbusJwtDecoder decoder;
        Object inline = settings.getSetting(INLINE_JWKS);
        if (inline instanceof String json && !json.isBlank()) {
            try {
                DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
                processor.setJWSKeySelector(
                        new JWSVerificationKeySelector<>(ALLOWED, new ImmutableJWKSet<>(JWKSet.parse(json))));
                decoder = new NimbusJwtDecoder(processor);
            } catch (ParseException e) {
                throw new IllegalStateException("Client " + client.getClientId() + " has an unreadable JWK Set", e);
            }
        } else if (settings.getJwkSetUrl() != null) {
            decoder = NimbusJwtDecoder.withJwkSetUri(settings.getJwkSetUrl())
                    .jwsAlgorithms(algs -> {
                        algs.add(SignatureAlgorithm.RS384);
                        algs.add(SignatureAlgorithm.ES384);
                    })
                    .build();
        } else {
            throw new IllegalStateException(
                    "Client " + client.getClientId() + " has no public key for private_key_jwt");
        }
        decoder.setJwtValidator(JwtClientAssertionDecoderFactory.DEFAULT_JWT_VALIDATOR_FACTORY.apply(client));
        return decoder;
    }
}
