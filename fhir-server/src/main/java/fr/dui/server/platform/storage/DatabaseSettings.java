package fr.dui.server.platform.storage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The database. Leave {@code url} empty for the embedded default (a file-backed H2 database in the data
 * folder); set {@code DUI_DATABASE_URL}, {@code DUI_DATABASE_USERNAME} and {@code DUI_DATABASE_PASSWORD} for
 * PostgreSQL 15+.
 *
 * @param url JDBC URL, {@code jdbc:postgresql://host:5432/dui} or {@code jdbc:h2:file:...}; empty = embedded
 * @param username database user
 * @param password database password (never logged)
 * @param poolSize maximum number of pooled connections
 */
@Validated
@ConfigurationProperties("dui.database")
public record DatabaseSettings(
        @DefaultValue("") String url,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("10") @Min(2) @Max(200) int poolSize) {

    public boolean embedded() {
        return url.isBlank();
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", username=" + username + ", password=***, poolSize=" + poolSize + "]";
    }
}
