package fr.dui.server.platform.fhir;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.model.entity.StorageSettings;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * HAPI FHIR JPA for R4 (DAOs, search, terminology, packages, batch jobs), with the storage rules of the DUI.
 * Nothing else of HAPI is wired: no MDM, clinical reasoning, IPS or CDS Hooks.
 */
@Configuration(proxyBeanMethods = false)
@Import({
    JpaR4Config.class,
    ca.uhn.fhir.jpa.config.HapiJpaConfig.class,
    JpaBatch2Config.class,
    Batch2JobsConfig.class,
    ThreadPoolFactoryConfig.class,
    SubscriptionChannelConfig.class
})
class HapiJpaConfig {

    @Bean
    JpaStorageSettings jpaStorageSettings(FhirApiSettings api) {
        JpaStorageSettings settings = new JpaStorageSettings();
        // Usagers' records: server ids must not reveal how many records exist, nor be guessable.
        settings.setResourceServerIdStrategy(JpaStorageSettings.IdStrategyEnum.UUID);
        settings.setResourceClientIdStrategy(JpaStorageSettings.ClientIdStrategyEnum.ALPHANUMERIC);
        // _content and _text, on the configured Hibernate Search backend.
        settings.setHibernateSearchIndexFullText(true);
        // A reference must point at something that exists; no placeholder targets.
        settings.setAutoCreatePlaceholderReferenceTargets(false);
        settings.setEnforceReferentialIntegrityOnWrite(true);
        settings.setEnforceReferentialIntegrityOnDelete(true);
        settings.setAllowExternalReferences(false);
        // Records are archived (HAB-4), never mass-deleted or expunged through the API.
        settings.setAllowMultipleDelete(false);
        settings.setExpungeEnabled(false);
        settings.setDeleteExpungeEnabled(false);
        // A cached result set is never handed to another request: each caller's search is its own.
        settings.setReuseCachedSearchResultsForMillis(null);
        // No cap on how many results a search may reach (HAPI's fetch-size default maximum): pages are capped by the
        // paging provider (dui.fhir.max-page-size), and a capped search would stop paging there and make HAPI's
        // internal searches (bulk export, habilitations) fail beyond it.
        settings.setIndexMissingFields(StorageSettings.IndexEnabledEnum.DISABLED);
        // HAPI ignores every stored SearchParameter (the DUI's included) unless this is on; who may write
        // SearchParameters at all is a matter of habilitations (administrators only).
        settings.setDefaultSearchParamsCanBeOverridden(true);
        // Value sets are expanded when asked ($expand, validation); background pre-expansion would fail, noisily,
        // on FR Core value sets whose national code systems (NOS) are not loaded.
        settings.setPreExpandValueSets(false);
        // FR Core publishes some of its code systems as "draft": the DUI needs them installed all the same.
        settings.setValidateResourceStatusForPackageUpload(false);
        return settings;
    }

    @Bean
    PartitionSettings partitionSettings() {
        return new PartitionSettings();
    }

    @Bean
    SubscriptionSettings subscriptionSettings() {
        return new SubscriptionSettings();
    }
}
