package fr.dui.server.security.psc;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import fr.dui.server.security.SecuritySettings;
import fr.dui.server.security.accounts.AccountRepository;
import fr.dui.server.security.accounts.AccountUserDetailsService;
import fr.dui.server.security.habilitations.ProfessionalDirectory;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Pro Santé Connect as a way for professionals to log in (see {@link PscSettings}). */
@Configuration(proxyBeanMethods = false)
class PscConfig {

    @Bean
    PscLogin pscLogin(
            PscSettings settings,
            SecuritySettings security,
            Clock clock,
            DaoRegistry daos,
            ProfessionalDirectory directory,
            PscSignIn signIn) {
        PscClientRegistration registration = new PscClientRegistration(settings, security.issuer(), clock);
        return new PscLogin(
                settings,
                registration,
                new PscUserInfo(),
                new PscLoginHandler(new PscIdentityMapper(daos, directory), signIn),
                new PscLogout(registration, security.issuer()));
    }

    @Bean
    PscSignIn pscSignIn(
            AccountRepository accounts,
            PasswordEncoder encoder,
            AccountUserDetailsService users,
            ApplicationEventPublisher events,
            Clock clock) {
        return new PscSignIn(new PscAccounts(accounts, encoder, events, clock), users, events, clock);
    }
}
