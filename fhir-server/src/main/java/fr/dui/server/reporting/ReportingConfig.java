package fr.dui.server.reporting;

import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingConfig {

    @Bean
    BulkExport bulkExport() {
        return new BulkExport();
    }

    @Bean
    ExportOwnership exportOwnership(FhirContext fhir) {
        return new ExportOwnership(fhir);
    }

    @Bean
    ExportStatusOwnership exportStatusOwnership(IJobCoordinator jobs) {
        return new ExportStatusOwnership(jobs);
    }
}
