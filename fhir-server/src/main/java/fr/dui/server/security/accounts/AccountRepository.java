package fr.dui.server.security.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Local accounts in {@code dui_account}. */
public class AccountRepository {

    private static final RowMapper<Account> ROW = (rs, i) -> new Account(
            rs.getString("username"),
            rs.getString("password_hash"),
            Account.Kind.valueOf(rs.getString("kind")),
            rs.getString("fhir_user"),
            rs.getString("display_name"),
            rs.getBoolean("enabled"),
            rs.getBoolean("must_change_password"),
            rs.getInt("failed_attempts"),
            rs.getTimestamp("locked_until") == null
                    ? null
                    : rs.getTimestamp("locked_until").toInstant());

    private final JdbcTemplate jdbc;

    public AccountRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(String username) {
        List<Account> found = jdbc.query("select * from dui_account where username = ?", ROW, username);
        return found.stream().findFirst();
    }

    /** The accounts of this kind linked to this FHIR resource ({@code PractitionerRole/x}), by login. */
    public List<Account> linkedTo(Account.Kind kind, String fhirUser) {
        return jdbc.query(
                "select * from dui_account where kind = ? and fhir_user = ? order by username",
                ROW,
                kind.name(),
                fhirUser);
    }

    public boolean anyOfKind(Account.Kind kind) {
        Integer count =
                jdbc.queryForObject("select count(*) from dui_account where kind = ?", Integer.class, kind.name());
        return count != null && count > 0;
    }

    public void create(Account account) {
        jdbc.update(
                "insert into dui_account (username, password_hash, kind, fhir_user, display_name, enabled,"
                        + " must_change_password, failed_attempts, created_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?)",
                account.username(),
                account.passwordHash(),
                account.kind().name(),
                account.fhirUser(),
                account.displayName(),
                account.enabled(),
                account.mustChangePassword(),
                Timestamp.from(Instant.now()));
    }

    /** Every account, by login. */
    public List<Account> all() {
        return jdbc.query("select * from dui_account order by username", ROW);
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.update("update dui_account set enabled = ? where username = ?", enabled, username);
    }

    /** A new password hash; also unlocks the account. */
    public void setPassword(String username, String passwordHash, boolean mustChange) {
        jdbc.update(
                "update dui_account set password_hash = ?, must_change_password = ?, failed_attempts = 0,"
                        + " locked_until = null where username = ?",
                passwordHash,
                mustChange,
                username);
    }

    /** The Base32 secret of the account's authenticator app, when two-factor authentication is on. */
    public Optional<String> totpSecret(String username) {
        return jdbc
                .queryForList("select totp_secret from dui_account where username = ?", String.class, username)
                .stream()
                .filter(s -> s != null && !s.isBlank())
                .findFirst();
    }

    /** Turns two-factor authentication on (a secret) or off (null). */
    public void setTotpSecret(String username, String secret) {
        jdbc.update("update dui_account set totp_secret = ? where username = ?", secret, username);
    }

    public void lockUntil(String username, Instant until) {
        jdbc.update("update dui_account set locked_until = ? where username = ?", Timestamp.from(until), username);
    }

    public void recordFailure(String username, int maxFailures, Instant lockUntil) {
        jdbc.update("update dui_account set failed_attempts = failed_attempts + 1 where username = ?", username);
        jdbc.update(
                "update dui_account set locked_until = ?, failed_attempts = 0 where username = ? and failed_attempts >= ?",
                Timestamp.from(lockUntil),
                username,
                maxFailures);
    }

    public void recordSuccess(String username) {
        jdbc.update("update dui_account set failed_attempts = 0, locked_until = null where username = ?", username);
    }
}
