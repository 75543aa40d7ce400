package fr.dui.server.platform.packages;

import fr.dui.profiles.FhirPackageId;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Remembers, in the DUI's own table {@code dui_fhir_package}, which package content (by SHA-256) has been fully
 * installed, so a restart does not install it again.
 */
public class InstalledPackageLedger {

    private final JdbcTemplate jdbc;

    public InstalledPackageLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isInstalled(FhirPackageId id, String sha256) {
        Integer count = jdbc.queryForObject(
                "select count(*) from dui_fhir_package where package_name = ? and package_version = ? and sha256 = ?",
                Integer.class,
                id.name(),
                id.version(),
                sha256);
        return count != null && count > 0;
    }

    public void recordInstalled(FhirPackageId id, String sha256) {
        jdbc.update(
                "delete from dui_fhir_package where package_name = ? and package_version = ?", id.name(), id.version());
        jdbc.update(
                "insert into dui_fhir_package (package_name, package_version, sha256, installed_at) values (?, ?, ?, ?)",
                id.name(),
                id.version(),
                sha256,
                Timestamp.from(Instant.now()));
    }
}
