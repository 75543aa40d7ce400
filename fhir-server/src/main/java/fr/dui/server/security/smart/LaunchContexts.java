package fr.dui.server.security.smart;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * EHR launch contexts ({@code dui_launch_context}): the DUI opens an app on a usager's record by handing it an opaque
 * {@code launch} value; the app passes it in its authorization request, and the token it gets carries that usager
 * (and séjour) as its context.
 */
public class LaunchContexts {

    /**
     * One launch.
     *
     * @param id the opaque {@code launch} value
     * @param clientId the app it was made for, or null for any app
     * @param patient the usager (Patient id)
     * @param encounter the séjour (Encounter id), or null
     * @param createdBy the professional who launched ({@code PractitionerRole/x}): only they can use it
     * @param expires until when it can start an authorization
     */
    public record LaunchContext(
            String id, String clientId, String patient, String encounter, String createdBy, Instant expires) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Duration retention;

    /**
     * @param retention how long a context is kept after it expired: as long as the refresh tokens of the
     *     authorizations it started (a refresh keeps the context)
     */
    public LaunchContexts(JdbcTemplate jdbc, Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    public LaunchContext create(String clientId, String patient, String encounter, String createdBy, Instant expires) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return createWithId(
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                clientId,
                patient,
                encounter,
                createdBy,
                expires);
    }

    /** A context under an id of the caller's choosing (a patient picked during a standalone launch). */
    public LaunchContext createWithId(
            String id, String clientId, String patient, String encounter, String createdBy, Instant expires) {
        jdbc.update(
                "delete from dui_launch_context where launch_id = ? or expires_at < ?",
                id,
                Timestamp.from(expires.minus(retention)));
        LaunchContext launch = new LaunchContext(id, clientId, patient, encounter, createdBy, expires);
        jdbc.update(
                "insert into dui_launch_context (launch_id, client_id, patient, encounter, created_by, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                launch.id(),
                launch.clientId(),
                launch.patient(),
                launch.encounter(),
                launch.createdBy(),
                Timestamp.from(launch.expires()));
        return launch;
    }

    public Optional<LaunchContext> find(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "select launch_id, client_id, patient, encounter, created_by, expires_at from dui_launch_context"
                                + " where launch_id = ?",
                        (rs, i) -> new LaunchContext(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getTimestamp(6).toInstant()),
                        id)
                .stream()
                .findFirst();
    }
}
