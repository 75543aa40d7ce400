package fr.dui.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fr.dui.profiles.DuiPackages;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.Test;

/** The usagers an audit event names are Patients, not the professionals who wrote about them. */
class PatientsTouchedTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void aTransmissionTouchesItsUsagerNotItsAuthor() {
        IBaseResource transmission = FHIR.newJsonParser()
                .parseResource(DuiPackages.guide().read("example/Observation-transmission-jeanne-douleur.json"));
        Set<String> touched = new TreeSet<>();
        new PatientsTouched(FHIR).collect(transmission, touched);
        assertThat(touched).containsExactly("usager-jeanne-dupont");
    }
}
