package fr.dui.server.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfig {

    @Bean
    IdentityVigilance identityVigilance(IdentitySettings settings) {
        return new IdentityVigilance(settings);
    }
}
