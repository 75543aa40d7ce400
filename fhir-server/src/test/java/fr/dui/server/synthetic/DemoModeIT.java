package fr.dui.server.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountRepository;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.SharedServer;
import fr.dui.server.synthetic.demo.DemoAccounts;
import fr.dui.server.synthetic.demo.DemoPopulationLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo mode's loading, run on the shared server with a population of its own: loaded in-process once (with the
 * API's storage rules), left alone the second time; the demo accounts are created once and linked to the generated
 * professionals and usager.
 */
@DuiServerTest
class DemoModeIT {

    private final SharedServer server;

    DemoModeIT(SharedServer server) {
        this.server = server;
    }

    @Test
    void theDemoPopulationAndItsAccountsAreCreatedOnceOnly() {
        DemoPopulationLoader loader = server.bean(DemoPopulationLoader.class);
        SyntheticPopulation population =
                SyntheticPopulation.of(PopulationSize.named("ehpad-30"), 777, LocalDate.of(2026, 6, 15));
        Map<String, Integer> generated = population.counts();
        assertThat(loader.isLoaded(population)).isFalse();

        DemoPopulationLoader.Outcome first = loader.loadOnce(population);
        assertThat(first.loaded()).isTrue();
        assertThat(first.counts()).isEqualTo(generated);
        assertThat(loader.isLoaded(population)).isTrue();
        assertThat(loader.anyUsager()).isTrue();

        DemoPopulationLoader.Outcome second = loader.loadOnce(population);
        assertThat(second.loaded()).isFalse();
        assertThat(SyntheticData.stored(server, population.key(), generated.keySet()))
                .isEqualTo(generated);

        DemoAccounts accounts = server.bean(DemoAccounts.class);
        List<DemoAccounts.Created> created = accounts.ensure(population);
        assertThat(created)
                .extracting(DemoAccounts.Created::username)
                .contains("demo.medecin", "demo.infirmier", "demo.aide-soignant", "demo.usager");
        assertThat(created).allMatch(c -> c.password().length() >= 16);
        assertThat(accounts.ensure(population))
                .as("second start: nothing new, no password shown")
                .isEmpty();

        AccountRepository repository = server.bean(AccountRepository.class);
        Account doctor = repository.find("demo.medecin").orElseThrow();
        assertThat(doctor.kind()).isEqualTo(Account.Kind.PROFESSIONAL);
        assertThat(doctor.mustChangePassword()).isTrue();
        assertThat(server.raw().get("/fhir/" + doctor.fhirUser()).statusCode()).isEqualTo(200);
        Account usager = repository.find("demo.usager").orElseThrow();
        assertThat(usager.fhirUser())
                .isEqualTo("Patient/" + population.firstUsager(1).patientId());
        assertThat(server.raw().get("/fhir/" + usager.fhirUser()).statusCode()).isEqualTo(200);

        SyntheticData.delete(server, population);
        assertThat(loader.isLoaded(population)).isFalse();
    }
}
