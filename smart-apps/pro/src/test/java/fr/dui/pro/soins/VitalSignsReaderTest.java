package fr.dui.pro.soins;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dui.pro.settings.ProSettings;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class VitalSignsReaderTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ProSettings SETTINGS =
            new ProSettings(URI.create("http://dui/fhir"), "dui-pro", "s", URI.create("http://pro"), "", "", PARIS);
    private static final fr.dui.pro.smart.SmartContext SMART =
            new fr.dui.pro.smart.SmartContext("t", null, null, "", "usager-1", null, "PractitionerRole/ide-1");

    @Test
    void whatTheWriterStoresReadsBackAsOneCurvePerSign() {
        VitalSignsWriter writer = new VitalSignsWriter(null, SETTINGS);
        List<Observation> stored = new ArrayList<>();
        stored.addAll(writer.observations(
                SMART,
                LocalDateTime.of(2026, 3, 2, 8, 0),
                Map.of(
                        VitalSign.SYSTOLIQUE, new BigDecimal("142"),
                        VitalSign.DIASTOLIQUE, new BigDecimal("88"),
                        VitalSign.TEMPERATURE, new BigDecimal("37.8"))));
        stored.addAll(writer.observations(
                SMART, LocalDateTime.of(2026, 3, 1, 8, 0), Map.of(VitalSign.TEMPERATURE, new BigDecimal("36.9"))));
        // a measure of a year before is left out of the charts (90 days before the last), not of the values
        stored.addAll(writer.observations(
                SMART, LocalDateTime.of(2025, 3, 1, 8, 0), Map.of(VitalSign.TEMPERATURE, new BigDecimal("38.5"))));

        Observation bp = stored.get(0);
        assertThat(bp.getMeta().getProfile().get(0).getValue())
                .isEqualTo("https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-observation-bp");
        assertThat(bp.getCode().getCodingFirstRep().getCode()).isEqualTo("85354-9");
        assertThat(bp.getComponent()).hasSize(2);
        assertThat(bp.getComponent().get(0).getValueQuantity().getCode()).isEqualTo("mm[Hg]");
        assertThat(bp.getPerformerFirstRep().getReference()).isEqualTo("PractitionerRole/ide-1");
        Observation temperature = stored.get(1);
        assertThat(temperature.getValueQuantity().getCode()).isEqualTo("Cel");
        assertThat(temperature.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");

        List<Courbes.Courbe> curves = new VitalSignsReader(null, null, SETTINGS).curves(stored);
        assertThat(curves).extracting(Courbes.Courbe::id).containsExactly("ta", "temperature");
        assertThat(curves.get(0).dernieres()).extracting(Courbes.Mesure::valeur).containsExactly("142/88 mmHg");
        assertThat(curves.get(1).dernieres())
                .extracting(Courbes.Mesure::valeur)
                .containsExactly("37,8 °C", "36,9 °C", "38,5 °C");
        assertThat(curves.get(1).graphique()).contains("<polyline").contains("courbe-temperature-titre");
        String points = curves.get(1).graphique().replaceAll("(?s).*points=\"([^\"]*)\".*", "$1");
        assertThat(points.split(" ")).hasSize(2);
    }
}
