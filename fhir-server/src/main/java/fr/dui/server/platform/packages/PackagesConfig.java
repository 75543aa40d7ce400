package fr.dui.server.platform.packages;

import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import fr.dui.profiles.DuiPackages;
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
            FhirPackageSource source, IPackageInstallerSvc installer, InstalledPackageLedger ledger) {
        return new FhirPackageInstaller(DuiPackages.REQUIRED, source, installer, ledger);
    }

    @Bean
    ImplementationGuidesInCapabilityStatement implementationGuidesInCapabilityStatement(
            FhirPackageInstaller installer) {
        return new ImplementationGuidesInCapabilityStatement(installer);
    }
}
