package fr.dui.server.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.security.clients.ClientDeclaration;
import fr.dui.server.security.clients.ClientRegistrations;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.SharedServer;
import fr.dui.server.synthetic.loader.HttpLoader;
import fr.dui.server.synthetic.loader.LoadReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A generated EHPAD goes through the public API as a {@code service} client would load it: every transaction is
 * accepted (every resource conforms to its DUI profile), and the server holds what the generator said it made.
 */
@DuiServerTest
class SyntheticLoadIT {

    private static final String CLIENT = "chargement-synthetique-it";
    private static final String SECRET = "un-secret-de-test-assez-long";

    private final SharedServer server;

    SyntheticLoadIT(SharedServer server) {
        this.server = server;
    }

    @Test
    void anEhpadLoadsThroughTheFhirApiAndTheServerHoldsWhatWasGenerated() throws Exception {
        server.bean(ClientRegistrations.class)
                .register(new ClientDeclaration(
                        CLIENT,
                        "Chargement de données synthétiques (test)",
                        "service",
                        SECRET,
                        null,
                        List.of("system/*.cruds"),
                        null,
                        null,
                        null));
        SyntheticPopulation population =
                SyntheticPopulation.of(PopulationSize.named("ehpad-30"), 20_261_128, LocalDate.of(2026, 11, 1));
        Map<String, Integer> generated = population.counts();

        LoadReport report = new HttpLoader(server.baseUrl(), CLIENT, SECRET, "system/*.cruds", 2)
                .load(population, HttpLoader.Progress.NONE);

        assertThat(report.counts()).isEqualTo(generated);
        assertThat(report.usagers()).isEqualTo(population.size().people());
        assertThat(report.resources()).isGreaterThan(1000);
        assertThat(SyntheticData.stored(server, population.key(), generated.keySet()))
                .isEqualTo(generated);
        SyntheticData.delete(server, population);
        assertThat(SyntheticData.stored(server, population.key(), generated.keySet()))
                .as("the other test classes find the server without this population")
                .allSatisfy((type, count) -> assertThat(count).as(type).isZero());
        System.out.printf(
                "[dui-it] synthetic ehpad-30: %d resources in %.1f s (%.1f/s)%n",
                report.resources(), report.seconds(), report.resourcesPerSecond());
    }
}
