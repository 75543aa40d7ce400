package fr.dui.server.security.habilitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a professional's entitlements open, usager by usager. */
class EntitlementsTest {

    private static final Map<String, Map<DataCategory, Set<Interaction>>> AIDE_SOIGNANT = Map.of(
            "ehpad",
            Map.of(
                    DataCategory.ACCOMPAGNEMENT, Set.of(Interaction.READ, Interaction.CREATE),
                    DataCategory.MEDICAL, Set.of(Interaction.READ)));

    @Test
    void medicalDataNeedTheCareTeamOnTopOfTheHabilitation() {
        Entitlements e = new Entitlements(
                AIDE_SOIGNANT,
                Map.of("jeanne", Set.of("ehpad"), "louise", Set.of("ehpad")),
                Set.of("jeanne"),
                Map.of());
        assertThat(e.allows(DataCategory.MEDICAL, Interaction.READ, "jeanne")).isTrue();
        assertThat(e.allows(DataCategory.MEDICAL, Interaction.READ, "louise")).isFalse();
        assertThat(e.allows(DataCategory.ACCOMPAGNEMENT, Interaction.READ, "louise"))
                .isTrue();
        assertThat(e.allows(DataCategory.ACCOMPAGNEMENT, Interaction.READ, "paul"))
                .isFalse();
        assertThat(e.readableForAll(Set.of("jeanne", "louise"))).containsExactly(DataCategory.ACCOMPAGNEMENT);
    }

    @Test
    void anEmergencyAccessOpensTheRecordToReadUntilItEnds() {
        Entitlements e = new Entitlements(
                AIDE_SOIGNANT,
                Map.of(),
                Set.of(),
                Map.of(
                        "paul",
                        Instant.now().plusSeconds(3600),
                        "odile",
                        Instant.now().minusSeconds(1)));
        assertThat(e.allows(DataCategory.MEDICAL, Interaction.READ, "paul")).isTrue();
        assertThat(e.allows(DataCategory.SOCIAL, Interaction.READ, "paul")).isTrue();
        assertThat(e.allows(DataCategory.ACCOMPAGNEMENT, Interaction.CREATE, "paul"))
                .isFalse();
        assertThat(e.allows(DataCategory.ADMINISTRATIF, Interaction.READ, "odile"))
                .as("ended")
                .isFalse();
        assertThat(e.readableUsagers(Set.of(DataCategory.ADMINISTRATIF))).containsExactly("paul");
    }

    @Test
    void anOppositionToSharingClosesItsCategoriesToAllButAnEmergency() {
        Map<String, Set<DataCategory>> opposed = Map.of("jeanne", Set.of(DataCategory.ACCOMPAGNEMENT));
        Entitlements e =
                new Entitlements(AIDE_SOIGNANT, Map.of("jeanne", Set.of("ehpad")), Set.of("jeanne"), Map.of(), opposed);
        assertThat(e.allows(DataCategory.ACCOMPAGNEMENT, Interaction.READ, "jeanne"))
                .isFalse();
        assertThat(e.allows(DataCategory.ACCOMPAGNEMENT, Interaction.CREATE, "jeanne"))
                .isFalse();
        assertThat(e.allows(DataCategory.MEDICAL, Interaction.READ, "jeanne")).isTrue();
        assertThat(e.readableUsagers(Set.of(DataCategory.ACCOMPAGNEMENT))).isEmpty();

        Entitlements emergency = new Entitlements(
                AIDE_SOIGNANT,
                Map.of("jeanne", Set.of("ehpad")),
                Set.of("jeanne"),
                Map.of("jeanne", Instant.now().plusSeconds(3600)),
                opposed);
        assertThat(emergency.allows(DataCategory.ACCOMPAGNEMENT, Interaction.READ, "jeanne"))
                .isTrue();
    }
}
