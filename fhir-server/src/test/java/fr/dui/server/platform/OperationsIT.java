package fr.dui.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.RawHttp;
import fr.dui.server.support.SharedServer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.Test;

@DuiServerTest
class OperationsIT {

    private final IGenericClient client;
    private final RawHttp http;

    OperationsIT(SharedServer server) {
        this.client = server.client();
        this.http = server.raw();
    }

    @Test
    void capabilityStatementDeclaresFrCore() {
        CapabilityStatement cs =
                client.capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(cs.getImplementationGuide())
                .extracting(CanonicalType::getValue)
                .contains("https://hl7.fr/ig/fhir/core/ImplementationGuide/hl7.fhir.fr.core");
        assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
    }

    @Test
    void frCoreProfilesAreInstalled() {
        Bundle found = client.search()
                .byUrl("StructureDefinition?url=https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient")
                .returnBundle(Bundle.class)
                .execute();
        assertThat(found.getEntry()).hasSize(1);
    }

    @Test
    void livenessAndReadinessProbes() {
        assertThat(http.get("/actuator/health/liveness").body()).contains("\"UP\"");
        assertThat(http.get("/actuator/health/readiness").body()).contains("\"UP\"");
    }

    @Test
    void onlyHealthIsExposed() {
        // not exposed, and behind the login anyway: never an answer
        assertThat(http.get("/actuator/env").statusCode()).isIn(302, 401, 404);
        assertThat(http.get("/actuator/beans").statusCode()).isIn(302, 401, 404);
        assertThat(http.get("/actuator/env").body()).doesNotContain("propertySources");
        assertThat(http.get("/actuator/health").body()).doesNotContain("components");
    }
}
