package fr.dui.server.platform.storage;

import ca.uhn.fhir.jpa.migrate.HapiMigrator;
import ca.uhn.fhir.jpa.migrate.MigrationResult;
import ca.uhn.fhir.jpa.migrate.SchemaMigrator;
import ca.uhn.fhir.jpa.migrate.tasks.HapiFhirJpaMigrationTasks;
import ca.uhn.fhir.util.VersionEnum;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates or upgrades HAPI's own tables with HAPI's migrator, before the persistence unit starts. A fresh
 * database gets HAPI's current schema in one step; an existing one gets only the tasks it has not run yet
 * (recorded in {@value SchemaMigrator#HAPI_FHIR_MIGRATION_TABLENAME}).
 */
public final class HapiSchemaMigrator {

    private static final Logger log = LoggerFactory.getLogger(HapiSchemaMigrator.class);

    private final MigrationResult result;

    HapiSchemaMigrator(DataSource dataSource, DatabaseKind kind) {
        long start = System.nanoTime();
        HapiMigrator migrator =
                new HapiMigrator(SchemaMigrator.HAPI_FHIR_MIGRATION_TABLENAME, dataSource, kind.migratorDriver());
        migrator.addTasks(new HapiFhirJpaMigrationTasks(Set.of()).getAllTasks(VersionEnum.values()));
        migrator.createMigrationTableIfRequired();
        result = migrator.migrate();
        log.info(
                "HAPI schema ready on {}: {} migration task(s) run in {} ms",
                kind.label(),
                result.succeededTasks.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    public int tasksRun() {
        return result.succeededTasks.size();
    }
}
