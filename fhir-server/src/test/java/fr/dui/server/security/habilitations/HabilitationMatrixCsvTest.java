package fr.dui.server.security.habilitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.profiles.DuiPackages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The habilitation matrix as administrators edit it, and the default one shipped with the server. */
class HabilitationMatrixCsvTest {

    @Test
    void theDefaultMatrixCoversTheEssmsProfessionsTheIssueNames() {
        List<Habilitation> rows = DefaultHabilitations.rows();
        List<String> labels = rows.stream().map(Habilitation::label).distinct().toList();
        assertThat(labels)
                .contains(
                        "Médecin",
                        "Infirmier",
                        "Aide-soignant",
                        "Accompagnant éducatif et social",
                        "Éducateur spécialisé",
                        "Psychologue",
                        "Assistant de service social",
                        "Secrétaire assistante médico-administrative",
                        "Directeur d'établissement",
                        "Pharmacien");
        assertThat(rows).allMatch(h -> h.establishment().equals(Habilitation.EVERY_ESTABLISHMENT));
        assertThat(rows).hasSize(labels.size() * DataCategory.values().length);
        HabilitationMatrix matrix = new HabilitationMatrix(rows);
        assertThat(matrix.allowed("etab-x", "TRE_R85|313", DataCategory.MEDICAL))
                .isEmpty();
        assertThat(matrix.allowed("etab-x", "TRE_A02|G15_10", DataCategory.MEDICAL))
                .containsExactlyInAnyOrder(Interaction.values());
        assertThat(matrix.allowed("etab-x", "TRE_R85|331", DataCategory.MEDICAL))
                .isEmpty();
    }

    @Test
    void formatThenParseGivesTheSameMatrixAndAnEstablishmentRowOverridesTheDefault() {
        List<Habilitation> rows = new ArrayList<>(DefaultHabilitations.rows());
        String text = HabilitationMatrixCsv.format(rows) + "etab-ehpad;TRE_R85|313;Aide-soignant;r;-;rcu;rcu;r;r;r;r\n";
        List<Habilitation> parsed = HabilitationMatrixCsv.parse(text);
        assertThat(parsed).containsAll(rows);
        HabilitationMatrix matrix = new HabilitationMatrix(parsed);
        assertThat(matrix.allowed("etab-ehpad", "TRE_R85|313", DataCategory.MEDICAL))
                .containsExactly(Interaction.READ);
        assertThat(matrix.allowed("etab-autre", "TRE_R85|313", DataCategory.MEDICAL))
                .isEmpty();
    }

    @Test
    void aMatrixThatCannotBeReadSaysWhereInFrench() {
        String header = HabilitationMatrixCsv.header();
        assertThatThrownBy(() -> HabilitationMatrixCsv.parse(""))
                .isInstanceOf(HabilitationMatrixCsv.InvalidMatrix.class)
                .hasMessageContaining("vide");
        assertThatThrownBy(() -> HabilitationMatrixCsv.parse(header + "\n*;TRE_R85|313;AS;r;-;rcu\n"))
                .hasMessageContaining("Ligne 2")
                .hasMessageContaining("colonnes");
        assertThatThrownBy(() -> HabilitationMatrixCsv.parse(header + "\n*;R85-313;AS;r;-;rcu;rcu;-;r;r;r\n"))
                .hasMessageContaining("profession « R85-313 »");
        assertThatThrownBy(() -> HabilitationMatrixCsv.parse(header + "\n*;TRE_R85|313;AS;rx;-;rcu;rcu;-;r;r;r\n"))
                .hasMessageContaining("colonne administratif")
                .hasMessageContaining("'x'");
        assertThatThrownBy(() -> HabilitationMatrixCsv.parse(header + "\nétab 1;TRE_R85|313;AS;r;-;rcu;rcu;-;r;r;r\n"))
                .hasMessageContaining("établissement « étab 1 »");
    }

    @Test
    void theCategoriesAreThoseOfThePublishedCodeSystem() throws Exception {
        JsonNode codeSystem =
                new ObjectMapper().readTree(DuiPackages.terminology().read("CodeSystem-dui-categorie-donnees.json"));
        List<String> published = new ArrayList<>();
        codeSystem.path("concept").forEach(c -> published.add(c.path("code").asText()));
        assertThat(published)
                .containsExactlyElementsOf(Arrays.stream(DataCategory.values())
                        .map(DataCategory::code)
                        .toList());
    }

    @Test
    void interactionsReadAndWriteAsLetters() {
        assertThat(Interaction.parse("rcud")).containsExactlyInAnyOrder(Interaction.values());
        assertThat(Interaction.parse("-")).isEmpty();
        assertThat(Interaction.format(Set.of(Interaction.UPDATE, Interaction.READ)))
                .isEqualTo("ru");
        assertThat(Interaction.format(Set.of())).isEqualTo("-");
    }
}
