package fr.dui.server.security.habilitations;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fr.dui.profiles.ClasspathFhirPackage;
import fr.dui.profiles.DuiPackages;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/** Every resource of the record falls in the category its meaning calls for. */
class DataCategoriesTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private static DataCategory of(String example) {
        ClasspathFhirPackage guide = DuiPackages.guide();
        IBaseResource resource = FHIR.newJsonParser().parseResource(guide.read("example/" + example + ".json"));
        return DataCategories.of(resource).orElseThrow();
    }

    @Test
    void theGuidesExamplesFallWhereTheyShould() {
        assertThat(of("Observation-transmission-jeanne-douleur")).isEqualTo(DataCategory.ACCOMPAGNEMENT);
        assertThat(of("Observation-gir-jeanne-2024")).isEqualTo(DataCategory.ACCOMPAGNEMENT);
        assertThat(of("Observation-ta-jeanne-2024-05-02")).isEqualTo(DataCategory.SOINS);
        assertThat(of("Observation-dlu-jeanne-chutes")).isEqualTo(DataCategory.MEDICAL);
        assertThat(of("MedicationRequest-prescription-jeanne-paracetamol")).isEqualTo(DataCategory.MEDICAL);
        assertThat(of("MedicationAdministration-administration-jeanne-1")).isEqualTo(DataCategory.SOINS);
        assertThat(of("Task-action-jeanne-marche")).isEqualTo(DataCategory.ACCOMPAGNEMENT);
        assertThat(of("Task-attente-lucas-ime")).isEqualTo(DataCategory.ADMINISTRATIF);
        assertThat(of("Coverage-apa-jeanne")).isEqualTo(DataCategory.SOCIAL);
        assertThat(of("Consent-consent-jeanne-image")).isEqualTo(DataCategory.CONSENTEMENTS);
        assertThat(of("Patient-usager-jeanne-dupont")).isEqualTo(DataCategory.ADMINISTRATIF);
        assertThat(of("PractitionerRole-role-dr-martin-ehpad")).isEqualTo(DataCategory.ANNUAIRE);
    }

    @Test
    void anObservationNobodyCategorisedIsMedical() {
        assertThat(DataCategories.of(new Observation())).contains(DataCategory.MEDICAL);
        assertThat(DataCategories.ofType("Observation"))
                .containsExactlyInAnyOrder(DataCategory.ACCOMPAGNEMENT, DataCategory.SOINS, DataCategory.MEDICAL);
        assertThat(DataCategories.ofType("Subscription")).isEmpty();
    }
}
