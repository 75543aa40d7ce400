package fr.dui.server.platform.storage;

import fr.dui.server.platform.DataSettings;

/**
 * The database the server actually uses, once the settings and the embedded default are reconciled.
 *
 * @param kind which database engine
 * @param url the JDBC URL (never contains the password: that travels separately)
 */
public record ResolvedDatabase(DatabaseKind kind, String url) {

    static ResolvedDatabase from(DatabaseSettings settings, DataSettings data) {
        String url = settings.embedded() ? embeddedUrl(data) : settings.url().trim();
        return new ResolvedDatabase(DatabaseKind.fromJdbcUrl(url), url);
    }

    private static String embeddedUrl(DataSettings data) {
        // File-backed, closed by the connection pool at shutdown rather than by a JVM shutdown hook.
        return "jdbc:h2:file:" + data.resolve("h2").resolve("dui") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The URL with any inline credentials masked, fit for logs. */
    public String safeUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }
}
