package fr.dui.pro.soins;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VitalSignsEntryTest {

    private static VitalSignsEntry parse(Map<String, String> typed) {
        return VitalSignsEntry.parse(typed::get);
    }

    @Test
    void readsFrenchDecimalsAndSkipsEmptyFields() {
        VitalSignsEntry entry = parse(Map.of("temperature", "37,5", "poids", " 62.4 ", "pouls", ""));
        assertThat(entry.valid()).isTrue();
        assertThat(entry.values())
                .containsEntry(VitalSign.TEMPERATURE, new BigDecimal("37.5"))
                .containsEntry(VitalSign.POIDS, new BigDecimal("62.4"))
                .doesNotContainKey(VitalSign.POULS);
    }

    @Test
    void refusesImplausibleValuesInFrench() {
        VitalSignsEntry entry = parse(Map.of("temperature", "47", "saturation", "101", "pouls", "abc"));
        assertThat(entry.valid()).isFalse();
        assertThat(entry.values()).isEmpty();
        assertThat(entry.errors())
                .containsEntry("temperature", "Température : 47 °C n'est pas plausible (entre 32 et 43,5 °C).")
                .containsEntry("saturation", "Saturation en oxygène : 101 % n'est pas plausible (entre 50 et 100 %).")
                .containsEntry("pouls", "Fréquence cardiaque : saisissez un nombre (par exemple « 80 »).");
    }

    @Test
    void bloodPressureNeedsBothValuesTheSystolicAbove() {
        assertThat(parse(Map.of("systolique", "130")).errors())
                .containsEntry("diastolique", "Tension artérielle : saisissez aussi la pression diastolique.");
        assertThat(parse(Map.of("systolique", "70", "diastolique", "80")).errors())
                .containsEntry(
                        "systolique", "Tension artérielle : la pression systolique doit dépasser la diastolique.");
        VitalSignsEntry ok = parse(Map.of("systolique", "128", "diastolique", "76"));
        assertThat(ok.valid()).isTrue();
        assertThat(ok.values()).containsKeys(VitalSign.SYSTOLIQUE, VitalSign.DIASTOLIQUE);
    }

    @Test
    void wholeNumbersWhereDecimalsMakeNoSenseAndSomethingToEnter() {
        assertThat(parse(Map.of("pouls", "72,5")).errors())
                .containsEntry("pouls", "Fréquence cardiaque : saisissez un nombre entier.");
        assertThat(parse(Map.of()).errors()).containsEntry("", "Saisissez au moins une constante.");
    }

    @Test
    void eachSignHasItsLoincCodeUcumUnitAndFrCoreProfile() {
        assertThat(VitalSign.TEMPERATURE.loinc()).isEqualTo("8310-5");
        assertThat(VitalSign.TEMPERATURE.ucum()).isEqualTo("Cel");
        assertThat(VitalSign.SYSTOLIQUE.profile())
                .isEqualTo("https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-observation-bp");
        assertThat(VitalSign.SATURATION.profile()).endsWith("fr-core-observation-saturation-oxygen");
    }
}
