package fr.dui.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.quartz.QuartzAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The DUI FHIR server. Storage, full text, the FHIR endpoint and package installation are wired by the
 * {@code platform} package; each capability package contributes its interceptors and operations.
 *
 * <p>Auto-configurations that would compete with HAPI's own wiring are switched off: HAPI owns the JPA
 * persistence unit and its repositories, its schema is migrated by HAPI's migrator (not Flyway), and the
 * Elasticsearch client, when configured, is Hibernate Search's; HAPI runs its own Quartz schedulers.
 */
@SpringBootApplication(
        exclude = {
            DataSourceAutoConfiguration.class,
            HibernateJpaAutoConfiguration.class,
            JpaRepositoriesAutoConfiguration.class,
            FlywayAutoConfiguration.class,
            ElasticsearchClientAutoConfiguration.class,
            ElasticsearchRestClientAutoConfiguration.class,
            QuartzAutoConfiguration.class
        })
@ConfigurationPropertiesScan
public class DuiServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(DuiServerApplication.class, args);
    }
}
