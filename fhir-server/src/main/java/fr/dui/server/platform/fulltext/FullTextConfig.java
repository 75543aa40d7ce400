package fr.dui.server.platform.fulltext;

import fr.dui.server.platform.DataSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FullTextConfig {

    @Bean
    HibernateSearchProperties hibernateSearchProperties(FullTextSettings settings, DataSettings data) {
        return new HibernateSearchProperties(settings, data);
    }
}
