package fr.dui.server.platform.storage;

import ca.uhn.fhir.jpa.migrate.DriverTypeEnum;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect;
import java.util.Arrays;

/** The databases the DUI runs on, and what HAPI needs to know about each. */
public enum DatabaseKind {
    H2("H2 (embarquée)", "jdbc:h2:", HapiFhirH2Dialect.class.getName(), DriverTypeEnum.H2_EMBEDDED),
    POSTGRESQL("PostgreSQL", "jdbc:postgresql:", HapiFhirPostgresDialect.class.getName(), DriverTypeEnum.POSTGRES_9_4);

    private final String label;
    private final String urlPrefix;
    private final String hibernateDialect;
    private final DriverTypeEnum migratorDriver;

    DatabaseKind(String label, String urlPrefix, String hibernateDialect, DriverTypeEnum migratorDriver) {
        this.label = label;
        this.urlPrefix = urlPrefix;
        this.hibernateDialect = hibernateDialect;
        this.migratorDriver = migratorDriver;
    }

    /** The kind of database a JDBC URL points at; other databases are refused with a clear message. */
    public static DatabaseKind fromJdbcUrl(String jdbcUrl) {
        return Arrays.stream(values())
                .filter(kind -> jdbcUrl.startsWith(kind.urlPrefix))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unsupported database URL '" + jdbcUrl
                        + "': the DUI runs on PostgreSQL (jdbc:postgresql:) or the embedded H2 (jdbc:h2:)."));
    }

    public String label() {
        return label;
    }

    public String hibernateDialect() {
        return hibernateDialect;
    }

    public DriverTypeEnum migratorDriver() {
        return migratorDriver;
    }
}
