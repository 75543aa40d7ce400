package fr.dui.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.ExampleData;
import fr.dui.server.support.SharedServer;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The search parameters the DUI screens use, on the example data. */
@DuiServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchParametersIT {

    private final IGenericClient client;
    private final FhirContext fhir;

    SearchParametersIT(SharedServer server) {
        this.client = server.client();
        this.fhir = server.fhirContext();
    }

    @BeforeAll
    void loadExamples() {
        ExampleData.load(client, ExampleData.all(fhir));
    }

    @Test
    void usagerByIns() {
        assertThat(ids("Patient?ins=urn:oid:1.2.250.1.213.1.4.10|238056912304586"))
                .containsExactly("usager-jeanne-dupont");
    }

    @Test
    void usagersByIdentityStatus() {
        assertThat(ids("Patient?identity-status=VALI&_count=200"))
                .contains("usager-jeanne-dupont", "usager-paul-girard")
                .doesNotContain("usager-lucas-martin");
    }

    @Test
    void benefitsExpiringBeforeADate() {
        assertThat(ids("Coverage?period-end=lt2026-06-01&_count=200"))
                .contains("apa-jeanne", "apa-paul")
                .doesNotContain("aeeh-lucas");
    }

    @Test
    void careTeamsOfAProfessional() {
        assertThat(ids("CareTeam?member=PractitionerRole/role-ide-bernard-ehpad"))
                .containsExactly("equipe-jeanne");
    }

    @Test
    void transmissionsByTarget() {
        assertThat(
                        ids(
                                "Observation?cible=https://dui-libre.fr/fhir/CodeSystem/dui-cible-transmission|douleur&_count=200"))
                .contains("transmission-jeanne-douleur")
                .doesNotContain("transmission-lucas-comportement");
    }

    @Test
    void projectsDueForReview() {
        assertThat(ids("CarePlan?revision-date=le2025-06-01&_count=200"))
                .contains("pp-jeanne")
                .doesNotContain("pp-lucas");
    }

    @Test
    void orientationDecisionsStillValid() {
        assertThat(ids("Basic?validity-end=ge2030-01-01&_count=200")).contains("decision-lucas-orientation-ime");
    }

    @Test
    void waitingListAcrossTheEstablishmentsOfAnOg() {
        String status =
                "https://mos.esante.gouv.fr/NOS/TRE_R357-StatutPersonnePriseCharge/FHIR/TRE-R357-StatutPersonnePriseCharge|71";
        assertThat(ids("Task?business-status=" + status + "&owner:Organization.partof=Organization/og-les-tilleuls"))
                .contains("attente-lucas-ime");
    }

    private List<String> ids(String url) {
        Bundle bundle = client.search().byUrl(url).returnBundle(Bundle.class).execute();
        return bundle.getEntry().stream()
                .map(e -> e.getResource().getIdElement().getIdPart())
                .toList();
    }
}
