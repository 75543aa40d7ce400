package fr.dui.server.security.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys the authorization server signs tokens with (RS256, 2048 bits). Generated at first start and kept in the
 * database ({@code dui_signing_key}), so every instance of a PostgreSQL deployment signs and verifies with the same
 * keys; they never live in the repository.
 */
public class SigningKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

    private final JdbcTemplate jdbc;

    public SigningKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The active keys (private parts included), generating the first one if there is none. */
    public synchronized JWKSet load() {
        List<String> stored = jdbc.queryForList("select jwk from dui_signing_key where active = ?", String.class, true);
        if (stored.isEmpty()) {
            RSAKey generated = generate();
            jdbc.update(
                    "insert into dui_signing_key (kid, jwk, created_at, active) values (?, ?, ?, ?)",
                    generated.getKeyID(),
                    generated.toJSONString(),
                    Timestamp.from(Instant.now()),
                    true);
            log.info("Generated the token signing key {}", generated.getKeyID());
            return new JWKSet(generated);
        }
        try {
            List<com.nimbusds.jose.jwk.JWK> keys = new java.util.ArrayList<>();
            for (String jwk : stored) {
                keys.add(RSAKey.parse(jwk));
            }
            return new JWKSet(keys);
        } catch (ParseException e) {
            throw new IllegalStateException("Unreadable signing key in dui_signing_key", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
