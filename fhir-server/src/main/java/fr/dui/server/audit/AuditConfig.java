package fr.dui.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import fr.dui.server.security.accounts.AccountRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail: what records events, what writes them, how auditors read them. */
@Configuration(proxyBeanMethods = false)
class AuditConfig {

    @Bean
    AuditStore auditStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new AuditStore(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    AuditWriter auditWriter(AuditStore store, FhirContext fhir, AuditSettings settings) {
        return new AuditWriter(store, fhir, settings);
    }

    @Bean
    RestAuditInterceptor restAuditInterceptor(AuditWriter writer, FhirContext fhir, Clock clock) {
        return new RestAuditInterceptor(writer, fhir, clock);
    }

    @Bean
    SecurityAuditListener securityAuditListener(AuditWriter writer, AccountRepository accounts, Clock clock) {
        return new SecurityAuditListener(writer, accounts, clock);
    }

    @Bean
    AuditEventProvider auditEventProvider(
            AuditStore store, AuditWriter writer, FhirContext fhir, FhirValidator validator) {
        return new AuditEventProvider(store, writer, fhir, validator);
    }
}
