package fr.dui.server.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The database the *IT suite runs against, chosen by the system property {@code dui.it.database}: {@code h2} (the
 * embedded default) or {@code postgresql}. For PostgreSQL, a throwaway database with a unique name is created and
 * dropped after the run, on the first server that answers among: {@code DUI_TEST_POSTGRES_URL} (with
 * {@code DUI_TEST_POSTGRES_USER} / {@code DUI_TEST_POSTGRES_PASSWORD}), the local service on 127.0.0.1:5432 (user
 * postgres), a Testcontainers container where a Docker engine exists. When none does, the suite is skipped with a
 * loud message (and {@code .ci/run} fails on skipped tests).
 */
public abstract sealed class ItDatabase implements AutoCloseable {

    public static final String PROPERTY = "dui.it.database";

    /** Server properties that point the DUI at this database (empty for the embedded default). */
    public abstract Map<String, String> serverProperties();

    public abstract String describe();

    @Override
    public void close() {}

    public static ItDatabase fromSystemProperty() {
        String kind = System.getProperty(PROPERTY, "h2").toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "h2" -> new EmbeddedH2();
            case "postgresql", "postgres" -> ThrowawayPostgres.create();
            default -> throw new IllegalArgumentException("Unknown " + PROPERTY + ": " + kind);
        };
    }

    /** The embedded default: nothing to do, the server creates its H2 file in its data folder. */
    static final class EmbeddedH2 extends ItDatabase {
        @Override
        public Map<String, String> serverProperties() {
            return Map.of();
        }

        @Override
        public String describe() {
            return "embedded H2";
        }
    }

    /** A database created for this run on a PostgreSQL server, dropped when the run ends. */
    static final class ThrowawayPostgres extends ItDatabase {
        private final String adminUrl;
        private final String user;
        private final String password;
        private final String database;
        private final String origin;
        private final AutoCloseable container;

        private ThrowawayPostgres(
                String adminUrl, String user, String password, String origin, AutoCloseable container) {
            this.adminUrl = adminUrl;
            this.user = user;
            this.password = password;
            this.origin = origin;
            this.container = container;
            this.database =
                    "dui_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            execute("CREATE DATABASE " + database);
        }

        static ThrowawayPostgres create() {
            String envUrl = System.getenv("DUI_TEST_POSTGRES_URL");
            if (envUrl != null && !envUrl.isBlank()) {
                return new ThrowawayPostgres(
                        envUrl,
                        Optional.ofNullable(System.getenv("DUI_TEST_POSTGRES_USER"))
                                .orElse("postgres"),
                        Optional.ofNullable(System.getenv("DUI_TEST_POSTGRES_PASSWORD"))
                                .orElse(""),
                        "DUI_TEST_POSTGRES_URL",
                        null);
            }
            String local = "jdbc:postgresql://127.0.0.1:5432/postgres";
            if (answers(local, "postgres", "")) {
                return new ThrowawayPostgres(local, "postgres", "", "local service 127.0.0.1:5432", null);
            }
            if (dockerAvailable()) {
                PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:15-alpine");
                pg.start();
                return new ThrowawayPostgres(
                        pg.getJdbcUrl(), pg.getUsername(), pg.getPassword(), "Testcontainers", pg::stop);
            }
            throw new NoDatabaseAvailable("No PostgreSQL for the *IT suite: DUI_TEST_POSTGRES_URL is not set, nothing"
                    + " answers on 127.0.0.1:5432 and no Docker engine runs Testcontainers.");
        }

        @Override
        public Map<String, String> serverProperties() {
            return Map.of(
                    "dui.database.url", withDatabase(adminUrl, database),
                    "dui.database.username", user,
                    "dui.database.password", password);
        }

        @Override
        public String describe() {
            return "PostgreSQL database " + database + " (" + origin + ")";
        }

        @Override
        public void close() {
            try {
                execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } finally {
                if (container != null) {
                    try {
                        container.close();
                    } catch (Exception e) {
                        System.err.println("Could not stop the PostgreSQL container: " + e);
                    }
                }
            }
        }

        private void execute(String sql) {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                    Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Failed on " + origin + ": " + sql, e);
            }
        }

        /** Same server and options, another database: jdbc:postgresql://host:port/DB?opts. */
        static String withDatabase(String url, String database) {
            int slash = url.indexOf('/', "jdbc:postgresql://".length());
            int query = url.indexOf('?');
            String head = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
            String tail = query < 0 ? "" : url.substring(query);
            return head + "/" + database + tail;
        }

        private static boolean answers(String url, String user, String password) {
            DriverManager.setLoginTimeout(3);
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                return c.isValid(3);
            } catch (SQLException e) {
                return false;
            }
        }

        private static boolean dockerAvailable() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (Throwable e) {
                return false;
            }
        }
    }

    /** No PostgreSQL could be found: the suite is skipped, loudly. */
    public static final class NoDatabaseAvailable extends RuntimeException {
        NoDatabaseAvailable(String message) {
            super(message);
        }
    }
}
