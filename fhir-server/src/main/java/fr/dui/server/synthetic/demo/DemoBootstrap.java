package fr.dui.server.synthetic.demo;

import fr.dui.server.synthetic.PopulationSize;
import fr.dui.server.synthetic.SyntheticPopulation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Demo mode at startup, once the server answers: loads the demo population if the database holds no usager yet
 * (a database with real or other data is left alone), then creates the demo accounts and prints their one-time
 * passwords, once. Restarting changes nothing: the population is there, the accounts exist. Readiness is reported
 * after this, so a readiness probe waits for the data.
 */
public class DemoBootstrap implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoBootstrap.class);

    private final DemoSettings settings;
    private final DemoPopulationLoader loader;
    private final DemoAccounts accounts;
    private final Clock clock;

    public DemoBootstrap(DemoSettings settings, DemoPopulationLoader loader, DemoAccounts accounts, Clock clock) {
        this.settings = settings;
        this.loader = loader;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        // The dates of the demo follow the day of its first load, so that the record looks alive.
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        SyntheticPopulation population =
                SyntheticPopulation.of(PopulationSize.named(settings.size()), settings.seed(), today);
        if (!loader.isLoaded(population)) {
            if (loader.anyUsager()) {
                log.warn("Mode démonstration : la base contient déjà des usagers, les données de démonstration ne"
                        + " sont pas chargées.");
                return;
            }
            log.info(
                    "Mode démonstration : chargement de la population « {} » ({})…",
                    population.key(),
                    population.size().describe());
        }
        DemoPopulationLoader.Outcome outcome = loader.loadOnce(population);
        if (!outcome.loaded()) {
            log.info("Mode démonstration : la population « {} » est déjà chargée.", population.key());
        } else {
            long resources = outcome.counts().values().stream()
                    .mapToLong(Integer::longValue)
                    .sum();
            log.info(String.format(
                    Locale.FRANCE,
                    "Mode démonstration : %,d ressources chargées en %.1f s (%s).",
                    resources,
                    outcome.seconds(),
                    outcome.counts()));
        }
        List<DemoAccounts.Created> created = accounts.ensure(population);
        if (!created.isEmpty()) {
            StringBuilder text = new StringBuilder(
                    "\n\n  Mode démonstration : comptes créés (mots de passe à usage unique, affichés une seule fois,"
                            + " à changer à la première connexion sur /login) :\n");
            created.forEach(
                    c -> text.append(String.format("    %-20s %-24s %s%n", c.username(), c.password(), c.who())));
            log.warn(text.toString());
        }
    }
}
