package fr.dui.server.platform.storage;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import com.zaxxer.hikari.HikariDataSource;
import fr.dui.server.platform.fulltext.HibernateSearchProperties;
import jakarta.persistence.EntityManagerFactory;
import java.util.Properties;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/** HAPI's persistence unit on the DUI's connection pool, after HAPI's schema has been migrated. */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement
class PersistenceConfig {

    @Bean
    HapiSchemaMigrator hapiSchemaMigrator(HikariDataSource dataSource, ResolvedDatabase database) {
        return new HapiSchemaMigrator(dataSource, database.kind());
    }

    @Bean
    @Primary
    LocalContainerEntityManagerFactoryBean entityManagerFactory(
            ConfigurableListableBeanFactory beanFactory,
            FhirContext fhirContext,
            JpaStorageSettings storageSettings,
            HikariDataSource dataSource,
            ResolvedDatabase database,
            HapiSchemaMigrator migratedSchema,
            HibernateSearchProperties fullText) {
        LocalContainerEntityManagerFactoryBean factory =
                HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, storageSettings);
        factory.setPersistenceUnitName("HAPI_PU");
        factory.setDataSource(dataSource);
        factory.setJpaProperties(jpaProperties(database, fullText));
        return factory;
    }

    @Bean
    @Primary
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    private static Properties jpaProperties(ResolvedDatabase database, HibernateSearchProperties fullText) {
        Properties props = new Properties();
        props.put("hibernate.dialect", database.kind().hibernateDialect());
        // HAPI's migrator owns the schema: Hibernate neither creates nor validates it.
        props.put("hibernate.hbm2ddl.auto", "none");
        props.put("hibernate.format_sql", "false");
        props.put("hibernate.show_sql", "false");
        props.put("hibernate.jdbc.batch_size", "50");
        props.put("hibernate.order_inserts", "true");
        props.put("hibernate.order_updates", "true");
        props.put("hibernate.cache.use_query_cache", "false");
        props.put("hibernate.cache.use_second_level_cache", "false");
        props.put("hibernate.cache.use_structured_entries", "false");
        props.put("hibernate.cache.use_minimal_puts", "false");
        // Envers audits only HAPI's MDM links, and MDM is not part of the DUI.
        props.put("hibernate.integration.envers.enabled", "false");
        props.putAll(fullText.asJpaProperties());
        return props;
    }
}
