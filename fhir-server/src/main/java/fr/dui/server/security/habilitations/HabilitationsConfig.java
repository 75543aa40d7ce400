package fr.dui.server.security.habilitations;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import fr.dui.server.security.SecuritySettings;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Habilitations: the matrix, what each professional may do, and keeping that up to date. */
@Configuration(proxyBeanMethods = false)
class HabilitationsConfig {

    @Bean
    HabilitationStore habilitationStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new HabilitationStore(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    DefaultHabilitations defaultHabilitations(HabilitationStore store) {
        return new DefaultHabilitations(store);
    }

    @Bean
    ProfessionalDirectory professionalDirectory(DaoRegistry daos) {
        return new ProfessionalDirectory(daos);
    }

    @Bean
    BreakGlassStore breakGlassStore(JdbcTemplate jdbc) {
        return new BreakGlassStore(jdbc);
    }

    @Bean
    SharingOppositions sharingOppositions(DaoRegistry daos) {
        return new SharingOppositions(daos);
    }

    @Bean
    EntitlementsService entitlementsService(
            ProfessionalDirectory directory,
            HabilitationStore store,
            BreakGlassStore breakGlass,
            SharingOppositions oppositions,
            Clock clock,
            SecuritySettings settings) {
        return new EntitlementsService(directory, store, breakGlass, oppositions, clock, settings.entitlementsTtl());
    }

    @Bean
    BreakGlassOperation breakGlassOperation(
            BreakGlassStore store,
            EntitlementsService entitlements,
            DaoRegistry daos,
            SecuritySettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        return new BreakGlassOperation(store, entitlements, daos, settings, events, clock);
    }

    @Bean
    MesDroitsOperation mesDroitsOperation(EntitlementsService entitlements) {
        return new MesDroitsOperation(entitlements);
    }

    @Bean
    ProcheAccess procheAccess(DaoRegistry daos, Clock clock, SecuritySettings settings) {
        return new ProcheAccess(daos, clock, settings.entitlementsTtl());
    }

    @Bean
    EntitlementsInvalidator entitlementsInvalidator(EntitlementsService entitlements, ProcheAccess proches) {
        return new EntitlementsInvalidator(entitlements, proches);
    }
}
