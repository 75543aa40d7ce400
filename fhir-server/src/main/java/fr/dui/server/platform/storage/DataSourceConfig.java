package fr.dui.server.platform.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.dui.server.platform.DataSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one connection pool, shared by HAPI, Liquibase and the DUI's own tables. */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

    @Bean
    ResolvedDatabase resolvedDatabase(DatabaseSettings settings, DataSettings data) {
        return ResolvedDatabase.from(settings, data);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(ResolvedDatabase database, DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("dui");
        config.setJdbcUrl(database.url());
        if (!settings.username().isBlank()) {
            config.setUsername(settings.username());
        }
        if (!settings.password().isBlank()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        return new HikariDataSource(config);
    }
}
