package fr.dui.pro.droits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;

class DroitsTest {

    /** What the DUI answers an aide-soignant on a resident of her EHPAD (default matrix). */
    private static final String AIDE_SOIGNANT = """
            {"resourceType":"Parameters","parameter":[
             {"name":"categorie","part":[{"name":"code","valueCode":"administratif"},
              {"name":"libelle","valueString":"Administratif"},{"name":"interactions","valueString":"r"}]},
             {"name":"categorie","part":[{"name":"code","valueCode":"social"},
              {"name":"libelle","valueString":"Social"},{"name":"interactions","valueString":"-"}]},
             {"name":"categorie","part":[{"name":"code","valueCode":"accompagnement"},
              {"name":"libelle","valueString":"Accompagnement"},{"name":"interactions","valueString":"rcu"}]},
             {"name":"categorie","part":[{"name":"code","valueCode":"soins"},
              {"name":"libelle","valueString":"Soins"},{"name":"interactions","valueString":"rcu"}]},
             {"name":"categorie","part":[{"name":"code","valueCode":"medical"},
              {"name":"libelle","valueString":"Médical"},{"name":"interactions","valueString":"-"}]}]}""";

    @Test
    void readsEachCategorysInteractions() {
        Droits droits =
                Droits.of(FhirContext.forR4Cached().newJsonParser().parseResource(Parameters.class, AIDE_SOIGNANT));

        assertThat(droits.connus()).isTrue();
        assertThat(droits.interactions())
                .containsEntry("administratif", "r")
                .containsEntry("social", "-")
                .containsEntry("soins", "rcu")
                .hasSize(5);
        assertThat(droits.lit(Droits.ADMINISTRATIF)).isTrue();
        assertThat(droits.peut(Droits.ADMINISTRATIF, "c")).isFalse();
        assertThat(droits.peut(Droits.ADMINISTRATIF, "u")).isFalse();
        assertThat(droits.lit(Droits.SOCIAL)).isFalse();
        assertThat(droits.peut(Droits.SOINS, "c")).isTrue();
        assertThat(droits.peut(Droits.SOINS, "d")).isFalse();
        assertThat(droits.ecrit(Droits.ACCOMPAGNEMENT)).isTrue();
        assertThat(droits.lit(Droits.MEDICAL)).isFalse();
        // a category the DUI did not name is closed
        assertThat(droits.lit(Droits.DOCUMENTS)).isFalse();
        assertThat(droits.ecrit(Droits.DOCUMENTS)).isFalse();
    }

    @Test
    void rightsNotReadOfferEverythingAndLeaveTheDecisionToTheDui() {
        assertThat(Droits.of(null)).isEqualTo(Droits.INCONNUS);
        assertThat(Droits.of(new OperationOutcome())).isEqualTo(Droits.INCONNUS);
        assertThat(Droits.of(new Parameters())).isEqualTo(Droits.INCONNUS);
        assertThat(Droits.INCONNUS.peut(Droits.ADMINISTRATIF, "c")).isTrue();
        assertThat(Droits.INCONNUS.lit(Droits.MEDICAL)).isTrue();
    }

    @Test
    void anUnknownInteractionIsAMistake() {
        Droits droits = new Droits(java.util.Map.of("soins", "r"), true);
        assertThatThrownBy(() -> droits.peut("soins", "w")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBatchEntryNamesTheUsager() {
        assertThat(DroitsReader.url("usager-jeanne-dupont"))
                .isEqualTo("$mes-droits?usager=Patient%2Fusager-jeanne-dupont");
    }
}
