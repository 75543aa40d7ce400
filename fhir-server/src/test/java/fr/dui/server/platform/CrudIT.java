package fr.dui.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import fr.dui.server.support.DuiFixtures;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.SharedServer;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

@DuiServerTest
class CrudIT {

    private static final String LOCAL_ID_SYSTEM = "urn:oid:1.2.250.1.999.1";

    private final IGenericClient client;

    CrudIT(SharedServer server) {
        this.client = server.client();
    }

    @Test
    void createReadUpdateDeleteWithVersionedHistory() {
        Patient patient = patient("DUPONT", "Jeanne");
        MethodOutcome created = client.create().resource(patient).execute();
        IdType id = (IdType) created.getId();
        assertThat(created.getCreated()).isTrue();
        assertThat(id.getVersionIdPart()).isEqualTo("1");
        assertThat(id.getIdPart()).as("server ids are UUIDs").matches("[0-9a-f-]{36}");

        Patient read = client.read()
                .resource(Patient.class)
                .withId(id.toUnqualifiedVersionless())
                .execute();
        assertThat(read.getNameFirstRep().getFamily()).isEqualTo("DUPONT");

        read.getNameFirstRep().setFamily("DUPONT-MARTIN");
        MethodOutcome updated = client.update().resource(read).execute();
        assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");

        Patient version1 = client.read()
                .resource(Patient.class)
                .withId(id.toUnqualifiedVersionless().withVersion("1"))
                .execute();
        assertThat(version1.getNameFirstRep().getFamily()).isEqualTo("DUPONT");

        Bundle history = client.history()
                .onInstance(id.toUnqualifiedVersionless())
                .returnBundle(Bundle.class)
                .execute();
        assertThat(history.getEntry()).hasSize(2);
        assertThat(history.getEntry())
                .extracting(e -> ((Patient) e.getResource()).getNameFirstRep().getFamily())
                .containsExactly("DUPONT-MARTIN", "DUPONT");

        client.delete().resourceById(id.toUnqualifiedVersionless()).execute();
        assertThatThrownBy(() -> client.read()
                        .resource(Patient.class)
                        .withId(id.toUnqualifiedVersionless())
                        .execute())
                .isInstanceOf(ResourceGoneException.class);
    }

    @Test
    void conditionalCreateDoesNotDuplicate() {
        String localId = UUID.randomUUID().toString();
        Patient patient = patient("MARTIN", "Paul");
        patient.addIdentifier().setSystem(LOCAL_ID_SYSTEM).setValue(localId);
        String condition = "identifier=" + LOCAL_ID_SYSTEM + "|" + localId;

        MethodOutcome first = client.create()
                .resource(patient)
                .conditionalByUrl("Patient?" + condition)
                .execute();
        MethodOutcome second = client.create()
                .resource(patient)
                .conditionalByUrl("Patient?" + condition)
                .execute();

        assertThat(first.getCreated()).isTrue();
        assertThat(second.getCreated()).isNotEqualTo(Boolean.TRUE);
        assertThat(second.getId().getIdPart()).isEqualTo(first.getId().getIdPart());
        Bundle found = client.search()
                .byUrl("Patient?" + condition)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(found.getEntry()).hasSize(1);
    }

    static Patient patient(String family, String given) {
        return DuiFixtures.usager(family, given);
    }
}
