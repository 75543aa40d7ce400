package fr.dui.server.synthetic.demo;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import fr.dui.server.security.accounts.AccountRepository;
import java.time.Clock;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Meta;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class DemoConfig {

    @Bean
    DemoPopulationLoader demoPopulationLoader(IFhirSystemDao<Bundle, Meta> system, DaoRegistry daos) {
        return new DemoPopulationLoader(system, daos);
    }

    @Bean
    DemoAccounts demoAccounts(
            AccountRepository accounts, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        return new DemoAccounts(accounts, encoder, events, clock);
    }

    @Bean
    @ConditionalOnProperty(prefix = "dui.demo", name = "enabled", havingValue = "true")
    DemoBootstrap demoBootstrap(
            DemoSettings settings, DemoPopulationLoader loader, DemoAccounts accounts, Clock clock) {
        return new DemoBootstrap(settings, loader, accounts, clock);
    }
}
