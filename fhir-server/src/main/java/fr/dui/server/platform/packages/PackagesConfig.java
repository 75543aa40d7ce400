package fr.dui.server.platform.packages;

import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import fr.dui.profiles.DuiPackages;
import fr.dui.server.platform.fhir.BatchJobDefinitions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class PackagesConfig {

    @Bean
    FhirPackageSource fhirPackageSource(PackageSettings settings) {
        return new FhirPackageSource(settings);
    }

    @Bean
    InstalledPackageLedger installedPackageLedger(JdbcTemplate jdbc) {
        return new InstalledPackageLedger(jdbc);
    }

    @Bean
    FhirPackageInstaller fhirPackageInstaller(
            FhirPackageSource source,
            IPackageInstallerSvc installer,
            InstalledPackageLedger ledger,
            BatchJobDefinitions jobs) {
        // Package SearchParameters start a reindex job: HAPI's job definitions must be registered first.
        return new FhirPackageInstaller(DuiPackages.REQUIRED, source, installer, ledger, jobs::ensureRegistered);
    }

    @Bean
    ImplementationGuidesInCapabilityStatement implementationGuidesInCapabilityStatement(
            FhirPackageInstaller installer) {
        return new ImplementationGuidesInCapabilityStatement(installer);
    }
}
