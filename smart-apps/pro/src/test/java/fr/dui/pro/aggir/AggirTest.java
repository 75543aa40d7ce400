package fr.dui.pro.aggir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The national algorithm on profiles computed by hand from the annex's tables (variables in the order cohérence,
 * orientation, toilette, habillage, alimentation, élimination, transferts, déplacements à l'intérieur).
 */
class AggirTest {

    @ParameterizedTest(name = "{0} → rang {1}, GIR {2}")
    @CsvSource({
        // does nothing alone: group A sums 4 440 ≥ 4 380
        "CCCCCCCC, 1, 1",
        // fully autonomous: every group sums 0, group H < 2 000
        "AAAAAAAA, 13, 6",
        // Jeanne's grid of the guide's example (QuestionnaireResponse aggir-jeanne-2024, GIR 2): group D sums 2 600
        "BBCBCCBB, 7, 2",
        // mentally impaired, partly helped for the rest: group A sums 3 420 ≥ 3 390
        "CCBBBBBB, 3, 2",
        // eating, elimination and transfers lost: group D sums exactly 2 400
        "AACCBBCB, 7, 2",
        // help for washing and dressing: group E 1 100 < 1 200, group F 1 300 ≥ 800
        "AACCBBBB, 9, 3",
        // partial help for washing, dressing and transfers: groups A–G below their thresholds, H 6 000
        "AABBAABA, 11, 4",
        // partial help for washing only: group H sums 2 000
        "AABAAAAA, 12, 5",
        // slight mental alteration alone: group H sums 0
        "BBAAAAAA, 13, 6",
        // incoherent but otherwise autonomous: group B 1 500 < 2 016 … group H 0
        "CAAAAAAA, 13, 6"
    })
    void ranksAndGirOfKnownProfiles(String codes, int rank, int gir) {
        assertThat(Aggir.rank(Aggir.codes(codes))).isEqualTo(rank);
        assertThat(Aggir.gir(Aggir.codes(codes))).isEqualTo(gir);
    }

    @Test
    void everyVariableMustBeCoded() {
        Map<Aggir.Variable, Modalite> codes = new HashMap<>(Aggir.codes("AAAAAAAA"));
        codes.remove(Aggir.Variable.TRANSFERTS);
        assertThatThrownBy(() -> Aggir.gir(codes)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subVariablesCombineAsTheGuideSays() {
        assertThat(Modalite.combine(Modalite.Rule.PLAIN, List.of(Modalite.A, Modalite.A)))
                .isEqualTo(Modalite.A);
        assertThat(Modalite.combine(Modalite.Rule.PLAIN, List.of(Modalite.C, Modalite.C, Modalite.C)))
                .isEqualTo(Modalite.C);
        assertThat(Modalite.combine(Modalite.Rule.PLAIN, List.of(Modalite.A, Modalite.C)))
                .isEqualTo(Modalite.B);
        assertThat(Modalite.combine(Modalite.Rule.B_WITH_C_IS_C, List.of(Modalite.B, Modalite.C)))
                .isEqualTo(Modalite.C);
        assertThat(Modalite.combine(Modalite.Rule.B_WITH_C_IS_C, List.of(Modalite.A, Modalite.C)))
                .isEqualTo(Modalite.B);
        assertThat(Modalite.combine(Modalite.Rule.ANY_C_IS_C, List.of(Modalite.A, Modalite.C)))
                .isEqualTo(Modalite.C);
        assertThat(Modalite.combine(Modalite.Rule.ANY_C_IS_C, List.of(Modalite.A, Modalite.B)))
                .isEqualTo(Modalite.B);
    }

    /** Every combination of two sub-variables, per variable: the whole table, not samples. */
    @Test
    void everyPairOfSubVariablesCombinesAsTheTablesSay() {
        // rows: first sub-variable A, B, C; columns: second sub-variable A, B, C
        Map<String, String> tables = Map.of(
                "coherence", "ABC BBC CCC",
                "orientation", "ABC BBC CCC",
                "toilette", "ABB BBB BBC",
                "alimentation", "ABB BBC BCC",
                "elimination", "ABC BBC CCC");
        tables.forEach((group, table) -> {
            AggirGrid.Item item = AggirGrid.ITEMS.stream()
                    .filter(i -> i.linkId().equals(group))
                    .findFirst()
                    .orElseThrow();
            String[] rows = table.split(" ");
            for (Modalite first : Modalite.values()) {
                for (Modalite second : Modalite.values()) {
                    Modalite expected =
                            Modalite.valueOf(String.valueOf(rows[first.ordinal()].charAt(second.ordinal())));
                    assertThat(Modalite.combine(item.rule(), List.of(first, second)))
                            .as(group + " " + first + second)
                            .isEqualTo(expected);
                }
            }
        });
        AggirGrid.Item habillage = AggirGrid.ITEMS.stream()
                .filter(i -> i.linkId().equals("habillage"))
                .findFirst()
                .orElseThrow();
        assertThat(Modalite.combine(habillage.rule(), List.of(Modalite.A, Modalite.A, Modalite.A)))
                .isEqualTo(Modalite.A);
        assertThat(Modalite.combine(habillage.rule(), List.of(Modalite.C, Modalite.C, Modalite.C)))
                .isEqualTo(Modalite.C);
        assertThat(Modalite.combine(habillage.rule(), List.of(Modalite.A, Modalite.C, Modalite.C)))
                .isEqualTo(Modalite.B);
    }

    @Test
    void theFormOfJeannesGridGivesGir2() {
        Map<String, String> form = new HashMap<>();
        String[][] jeanne = {
            {"coherence.communication", "B"},
            {"coherence.comportement", "B"},
            {"orientation.temps", "B"},
            {"orientation.espace", "B"},
            {"toilette.haut", "C"},
            {"toilette.bas", "C"},
            {"habillage.haut", "B"},
            {"habillage.moyen", "B"},
            {"habillage.bas", "B"},
            {"alimentation.seServir", "C"},
            {"alimentation.manger", "B"},
            {"elimination.urinaire", "C"},
            {"elimination.fecale", "C"},
            {"transferts", "B"},
            {"deplacementInterieur", "B"},
            {"deplacementExterieur", "C"},
            {"alerter", "C"},
            {"gestion", "C"},
            {"cuisine", "C"},
            {"menage", "C"},
            {"transport", "C"},
            {"achats", "C"},
            {"suiviTraitement", "C"},
            {"tempsLibre", "B"}
        };
        for (String[] answer : jeanne) {
            form.put(answer[0], answer[1]);
        }
        AggirGrid.Parsed parsed = AggirGrid.parse(form);
        assertThat(parsed.complete()).isTrue();
        assertThat(parsed.answers()).hasSize(24);
        assertThat(parsed.gir()).isEqualTo(2);
    }

    @Test
    void anIncompleteOrForgedFormSaysWhatIsMissing() {
        Map<String, String> form = new HashMap<>();
        AggirGrid.questions().forEach(q -> form.put(q.linkId(), "A"));
        form.remove("transferts");
        form.put("toilette.bas", "D");
        AggirGrid.Parsed parsed = AggirGrid.parse(form);
        assertThat(parsed.complete()).isFalse();
        assertThat(parsed.missing()).containsExactly("toilette.bas", "transferts");
    }
}
