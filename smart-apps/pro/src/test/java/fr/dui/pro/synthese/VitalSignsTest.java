package fr.dui.pro.synthese;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

class VitalSignsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Observation pressure(String when, int systolic, int diastolic) {
        Observation o = new Observation();
        o.getCode().addCoding().setSystem("http://loinc.org").setCode(VitalSigns.BLOOD_PRESSURE);
        o.setEffective(new DateTimeType(when));
        o.addComponent()
                .setValue(new Quantity().setValue(new BigDecimal(systolic)).setUnit("mmHg"))
                .getCode()
                .addCoding()
                .setSystem("http://loinc.org")
                .setCode(VitalSigns.SYSTOLIC);
        o.addComponent()
                .setValue(new Quantity().setValue(new BigDecimal(diastolic)).setUnit("mmHg"))
                .getCode()
                .addCoding()
                .setSystem("http://loinc.org")
                .setCode(VitalSigns.DIASTOLIC);
        return o;
    }

    private static Observation weight(String when, String kg) {
        Observation o = new Observation();
        o.getCode().addCoding().setSystem("http://loinc.org").setCode("29463-7");
        o.setEffective(new DateTimeType(when));
        o.setValue(new Quantity().setValue(new BigDecimal(kg)).setUnit("kg"));
        return o;
    }

    @Test
    void theLastValueOfEachSignAndAChartOfTheBloodPressure() {
        // newest first, as the DUI sorts them
        Synthese.Constantes constantes = VitalSigns.of(
                List.of(
                        pressure("2026-11-27T08:00:00+01:00", 141, 73),
                        weight("2026-11-20T08:00:00+01:00", "61.5"),
                        pressure("2026-11-26T08:00:00+01:00", 128, 79),
                        pressure("2024-05-02T08:00:00+02:00", 135, 80)),
                PARIS);

        assertThat(constantes.dernieres())
                .extracting(Synthese.Constante::libelle, Synthese.Constante::valeur)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Tension artérielle", "141/73 mmHg"),
                        org.assertj.core.groups.Tuple.tuple("Poids", "61,5 kg"));
        assertThat(constantes.graphique())
                .startsWith("<svg")
                .contains("<title id=\"graphique-titre\">Évolution de la tension artérielle</title>")
                // the 2024 measure is more than 90 days before the last one: not drawn
                .contains("Systolique : 2 mesure(s), de 128 à 141 mmHg, dernière 141 le 27/11/26.")
                .contains("Diastolique : 2 mesure(s), de 73 à 79 mmHg");
        assertThat(constantes.graphique().split("<polyline", -1)).hasSize(3);
    }

    @Test
    void noChartWithoutBloodPressure() {
        Synthese.Constantes constantes = VitalSigns.of(List.of(weight("2026-11-20T08:00:00+01:00", "61")), PARIS);

        assertThat(constantes.graphique()).isNull();
        assertThat(constantes.dernieres())
                .singleElement()
                .extracting(Synthese.Constante::valeur)
                .isEqualTo("61 kg");
    }
}
