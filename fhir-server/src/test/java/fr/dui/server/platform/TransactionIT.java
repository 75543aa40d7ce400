package fr.dui.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import fr.dui.server.support.DuiFixtures;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.SharedServer;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

@DuiServerTest
class TransactionIT {

    private static final String SYSTEM = "urn:oid:1.2.250.1.999.2";

    private final IGenericClient client;

    TransactionIT(SharedServer server) {
        this.client = server.client();
    }

    @Test
    void transactionWritesEverythingAndResolvesTemporaryReferences() {
        String localId = UUID.randomUUID().toString();
        Bundle tx = new Bundle().setType(BundleType.TRANSACTION);
        Patient patient = CrudIT.patient("TRANSACTION", "Ok");
        patient.addIdentifier().setSystem(SYSTEM).setValue(localId);
        tx.addEntry()
                .setFullUrl("urn:uuid:" + UUID.randomUUID())
                .setResource(patient)
                .getRequest()
                .setMethod(HTTPVerb.POST)
                .setUrl("Patient");
        String patientRef = tx.getEntryFirstRep().getFullUrl();
        for (int i = 0; i < 2; i++) {
            Observation obs = observation();
            obs.setSubject(new Reference(patientRef));
            tx.addEntry().setResource(obs).getRequest().setMethod(HTTPVerb.POST).setUrl("Observation");
        }

        Bundle response = client.transaction().withBundle(tx).execute();

        assertThat(response.getEntry()).hasSize(3);
        assertThat(response.getEntry())
                .allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("201"));
        Bundle found = client.search()
                .byUrl("Observation?subject:Patient.identifier=" + SYSTEM + "|" + localId)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(found.getEntry()).hasSize(2);
    }

    @Test
    void transactionWhoseThirdEntryFailsLeavesNothingBehind() {
        String localId = UUID.randomUUID().toString();
        Bundle tx = new Bundle().setType(BundleType.TRANSACTION);
        Patient first = CrudIT.patient("ROLLBACK", "Un");
        first.addIdentifier().setSystem(SYSTEM).setValue(localId);
        tx.addEntry().setResource(first).getRequest().setMethod(HTTPVerb.POST).setUrl("Patient");
        Patient second = CrudIT.patient("ROLLBACK", "Deux");
        second.addIdentifier().setSystem(SYSTEM).setValue(localId);
        tx.addEntry().setResource(second).getRequest().setMethod(HTTPVerb.POST).setUrl("Patient");
        Observation third = observation();
        third.setSubject(new Reference("Patient/" + UUID.randomUUID())); // does not exist
        tx.addEntry().setResource(third).getRequest().setMethod(HTTPVerb.POST).setUrl("Observation");

        assertThatThrownBy(() -> client.transaction().withBundle(tx).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isBetween(400, 499);
                    OperationOutcome oo = (OperationOutcome) e.getOperationOutcome();
                    assertThat(oo.getIssueFirstRep().getDetails().getText())
                            .startsWith("Transaction annulée, rien n'a été enregistré.");
                    assertThat(oo.getIssueFirstRep()
                                    .getDetails()
                                    .getCodingFirstRep()
                                    .getCode())
                            .isNotBlank();
                });

        Bundle after = client.search()
                .byUrl("Patient?identifier=" + SYSTEM + "|" + localId)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(after.getEntry()).as("no partial write").isEmpty();
    }

    private static Observation observation() {
        return DuiFixtures.gir("Patient/placeholder", 4);
    }
}
