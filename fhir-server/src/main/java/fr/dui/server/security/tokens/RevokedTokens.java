package fr.dui.server.security.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Access tokens revoked before they expire. Access tokens are self-contained JWTs, so the FHIR API checks this list
 * on every request: it lives in memory (a hash lookup), is written through to {@code dui_revoked_token} so a restart
 * does not forget it, and forgets tokens once they have expired anyway.
 */
public class RevokedTokens {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    public RevokedTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        jdbc.update("delete from dui_revoked_token where expires_at < ?", Timestamp.from(clock.instant()));
        jdbc.query("select token_hash, expires_at from dui_revoked_token", rs -> {
            revoked.put(rs.getString(1), rs.getTimestamp(2).toInstant());
        });
    }

    /** Revokes an access token until its expiry. */
    public void revoke(String tokenValue, Instant expiresAt) {
        String hash = hash(tokenValue);
        if (revoked.putIfAbsent(hash, expiresAt) == null) {
            jdbc.update(
                    "insert into dui_revoked_token (token_hash, expires_at) values (?, ?)",
                    hash,
                    Timestamp.from(expiresAt));
        }
        Instant now = clock.instant();
        revoked.values().removeIf(expiry -> expiry.isBefore(now));
    }

    public boolean isRevoked(String tokenValue) {
        return !revoked.isEmpty() && revoked.containsKey(hash(tokenValue));
    }

    static String hash(String tokenValue) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(tokenValue.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
