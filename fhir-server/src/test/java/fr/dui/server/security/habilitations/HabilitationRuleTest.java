package fr.dui.server.security.habilitations;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fr.dui.profiles.DuiPackages;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;

/** Which usagers a resource is about: only Patient references count, never its author or performer. */
class HabilitationRuleTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private static IBaseResource example(String name) {
        return FHIR.newJsonParser().parseResource(DuiPackages.guide().read("example/" + name + ".json"));
    }

    @Test
    void theUsagerOfAResourceIsItsPatientNotItsProfessionals() {
        HabilitationRule rule = new HabilitationRule(Entitlements.NONE, null, FHIR);
        assertThat(rule.usagersOf(example("Observation-transmission-jeanne-douleur")))
                .containsExactly("usager-jeanne-dupont");
        assertThat(rule.usagersOf(example("Coverage-apa-jeanne"))).containsExactly("usager-jeanne-dupont");
        assertThat(rule.usagersOf(example("Task-action-jeanne-marche"))).containsExactly("usager-jeanne-dupont");
        assertThat(rule.usagersOf(example("Patient-usager-jeanne-dupont"))).containsExactly("usager-jeanne-dupont");
        assertThat(rule.usagersOf(example("DocumentReference-doc-jeanne-synthese")))
                .containsExactly("usager-jeanne-dupont");
    }
}
