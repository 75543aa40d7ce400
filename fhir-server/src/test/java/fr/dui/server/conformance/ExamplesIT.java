package fr.dui.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.ExampleData;
import fr.dui.server.support.SharedServer;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Every example of the DUI guide (three scenarios: EHPAD resident, child at the IME, person at home with SSIAD and
 * SAAD) is valid against its profile on the real server, is stored, and reads back as it was sent.
 */
@DuiServerTest
class ExamplesIT {

    private final IGenericClient client;
    private final FhirContext fhir;

    ExamplesIT(SharedServer server) {
        this.client = server.client();
        this.fhir = server.fhirContext();
    }

    @Test
    void everyExampleValidatesStoresAndReadsBack() {
        List<Resource> examples = ExampleData.all(fhir);
        assertThat(examples).hasSizeGreaterThanOrEqualTo(60);
        java.util.Set<String> illustrated = examples.stream()
                .flatMap(e -> e.getMeta().getProfile().stream())
                .map(p -> p.getValue())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(illustrated)
                .as("every resource profile of the DUI has at least one example")
                .containsAll(ProfileRegistryAccess.duiResourceProfiles());

        List<String> errors = new ArrayList<>();
        for (Resource example : examples) {
            Resource withoutId = example.copy();
            withoutId.setId((String) null);
            MethodOutcome outcome = client.validate().resource(withoutId).execute();
            OperationOutcome oo = (OperationOutcome) outcome.getOperationOutcome();
            oo.getIssue().stream()
                    .filter(i -> i.getSeverity() == IssueSeverity.ERROR || i.getSeverity() == IssueSeverity.FATAL)
                    .forEach(i -> errors.add(example.fhirType() + "/" + example.getIdPart() + " " + i.getExpression()
                            + " " + i.getDiagnostics()));
        }
        assertThat(errors).as("$validate errors").isEmpty();

        Bundle response = ExampleData.load(client, examples);
        List<Resource> stored = ExampleData.storable(examples);
        assertThat(response.getEntry()).hasSize(stored.size());

        for (Resource example : stored) {
            Resource read = (Resource) client.read()
                    .resource(example.fhirType())
                    .withId(example.getIdPart())
                    .execute();
            assertThat(read.getMeta().getProfile())
                    .extracting(p -> p.getValue())
                    .containsAll(example.getMeta().getProfile().stream()
                            .map(p -> p.getValue())
                            .toList());
            assertThat(read.getIdPart()).isEqualTo(example.getIdPart());
        }
    }
}
