package fr.dui.server.bench.population;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.server.synthetic.PopulationSize;
import fr.dui.server.synthetic.SyntheticPopulation;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/** The benchmark's own pieces: what it picks from the population, the requests it sends, its percentiles. */
class PopulationScenariosTest {

    private static final PopulationIndex INDEX =
            PopulationIndex.of(SyntheticPopulation.of(PopulationSize.named("ehpad-30"), 42, LocalDate.of(2026, 11, 1)));

    @Test
    void theIndexHoldsTheUsagersInSejourTheStaffAndWordsOfTheTransmissions() {
        assertThat(INDEX.usagers()).hasSize(30).doesNotHaveDuplicates();
        assertThat(INDEX.professionals()).isNotEmpty();
        assertThat(INDEX.transmissions()).isNotEmpty();
        assertThat(INDEX.words()).isNotEmpty().allSatisfy(w -> assertThat(w).hasSizeGreaterThanOrEqualTo(6));
    }

    @Test
    void theFicheDeSyntheseIsTheAppsBatchOfOneReadAndElevenSearchesOfThatUsager() {
        Bundle batch = Scenario.synthese("u-1", "role-2");
        assertThat(batch.getType()).isEqualTo(Bundle.BundleType.BATCH);
        assertThat(batch.getEntry()).hasSize(12);
        assertThat(batch.getEntry().get(0).getRequest().getUrl()).isEqualTo("Patient/u-1");
        assertThat(batch.getEntry().subList(1, 12))
                .allSatisfy(e -> assertThat(e.getRequest().getUrl()).contains("Patient%2Fu-1"));
    }

    @Test
    void aWrittenTransmissionIsANewOneOfNow() {
        Observation written = Scenario.transmission(new SplittableRandom(1), INDEX);
        assertThat(written.hasId()).isFalse();
        assertThat(written.getEffectiveDateTimeType().getValue().toInstant())
                .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        assertThat(INDEX.transmissions()).allSatisfy(t -> assertThat(t.hasId()).isTrue());
    }

    @Test
    void everyScenarioCarriesTheTokenAndNoneWithoutOne() {
        for (Scenario scenario : Scenario.all("http://localhost:1/fhir", INDEX)) {
            HttpRequest withToken = scenario.request(new SplittableRandom(3), "abc");
            HttpRequest without = scenario.request(new SplittableRandom(3), null);
            assertThat(withToken.headers().firstValue("Authorization")).contains("Bearer abc");
            assertThat(without.headers().firstValue("Authorization")).isEmpty();
            assertThat(withToken.uri().toString()).startsWith("http://localhost:1/fhir");
        }
    }

    @Test
    void percentilesAreNearestRank() {
        long[] ms = new long[100];
        for (int i = 0; i < 100; i++) {
            ms[i] = (i + 1) * 1_000_000L;
        }
        Measure m = Measure.of("x", 1, ms, 0, null, 10);
        assertThat(m.p50()).isEqualTo(50.0);
        assertThat(m.p95()).isEqualTo(95.0);
        assertThat(m.p99()).isEqualTo(99.0);
        assertThat(m.perSecond()).isEqualTo(10.0);
        assertThat(Measure.of("x", 1, new long[0], 0, null, 1).p50()).isNaN();
        assertThat(m.count()).isEqualTo(100);
    }
}
