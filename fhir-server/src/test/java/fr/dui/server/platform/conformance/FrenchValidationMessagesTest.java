package fr.dui.server.platform.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchValidationMessagesTest {

    @Test
    void invariantsKeepTheirFrenchDescription() {
        assertThat(FrenchValidationMessages.translate(
                        "Constraint failed: dui-pp-actif-accord: 'Un projet personnalisé en cours a l'accord de"
                                + " l'usager.' (defined in https://dui-libre.fr/fhir/StructureDefinition/x)"))
                .isEqualTo("Règle dui-pp-actif-accord non respectée : Un projet personnalisé en cours a l'accord de"
                        + " l'usager.");
    }

    @Test
    void cardinalities() {
        assertThat(FrenchValidationMessages.translate(
                        "Patient.birthDate: minimum required = 1, but only found 0 (from https://x)"))
                .isEqualTo("Patient.birthDate : au moins 1 attendu(s), 0 trouvé(s)");
        assertThat(FrenchValidationMessages.translate("Patient.name: max allowed = 1, but found 2"))
                .isEqualTo("Patient.name : au plus 1 permis, 2 trouvé(s)");
    }

    @Test
    void bindings() {
        assertThat(FrenchValidationMessages.translate(
                        "The value provided ('XYZ') was not found in the value set 'Type de projet' (https://x), and a"
                                + " code is required from this value set"))
                .isEqualTo("La valeur « XYZ » n'appartient pas au jeu de valeurs obligatoire « Type de projet »");
    }

    @Test
    void unknownMessagesKeepTheirTextBehindAFrenchLeadIn() {
        assertThat(FrenchValidationMessages.translate("Something new happened"))
                .isEqualTo("Non conforme au profil : Something new happened");
        assertThat(FrenchValidationMessages.translate(null)).isEqualTo("Non conforme au profil.");
    }
}
