package fr.dui.server.reporting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingConfig {

    @Bean
    BulkExport bulkExport() {
        return new BulkExport();
    }
}
