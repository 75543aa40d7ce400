package fr.dui.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import fr.dui.profiles.DuiCanonicals;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.RawHttp;
import fr.dui.server.support.SharedServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each kind of bad input gets a 4xx OperationOutcome with a stable DUI code and a French message, stores nothing,
 * and leaves the server healthy.
 */
@DuiServerTest
class BadInputIT {

    private static final String FHIR_JSON = "application/fhir+json";
    private static final String FHIR_XML = "application/fhir+xml";

    private final RawHttp http;
    private final FhirContext fhir;

    BadInputIT(SharedServer server) {
        this.http = server.raw();
        this.fhir = server.fhirContext();
    }

    @AfterEach
    void serverStaysHealthy() {
        HttpResponse<String> readiness = http.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    @Test
    void malformedJson() {
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> response = http.post(
                "/fhir/Patient", FHIR_JSON, "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + marker + "\"}");

        OperationOutcomeIssueComponent issue = expectError(response, 400, "request-body-unreadable");
        assertThat(issue.getDetails().getText()).contains("n'est pas une ressource FHIR lisible");
        assertNothingStoredWithFamily(marker);
    }

    @Test
    void xmlWithAnExternalEntityIsRefused() {
        String marker = UUID.randomUUID().toString();
        String xxe = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"" + marker + "\"/>"
                + "<given value=\"&xxe;\"/></name></Patient>";
        HttpResponse<String> response = http.post("/fhir/Patient", FHIR_XML, xxe);

        expectError(response, 400, "xml-doctype-refused");
        assertThat(response.body()).doesNotContain("root:");
        assertNothingStoredWithFamily(marker);
    }

    @Test
    void billionLaughsIsRefusedWithoutExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            dtd.append(previous.repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = "<?xml version=\"1.0\"?>" + dtd
                + "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"&lol9;\"/></name></Patient>";

        long start = System.nanoTime();
        HttpResponse<String> response = http.post("/fhir/Patient", FHIR_XML, bomb);

        expectError(response, 400, "xml-doctype-refused");
        assertThat((System.nanoTime() - start) / 1_000_000)
                .as("refused quickly")
                .isLessThan(5_000);
    }

    @Test
    void wrongResourceTypeForTheUrl() {
        HttpResponse<String> response =
                http.post("/fhir/Patient", FHIR_JSON, "{\"resourceType\":\"Observation\",\"status\":\"final\"}");

        OperationOutcomeIssueComponent issue = expectError(response, 400, "resource-type-mismatch");
        assertThat(issue.getDetails().getText()).contains("Observation").contains("Patient");
    }

    @Test
    void bodyOverTheLimitWithContentLength() {
        String marker = UUID.randomUUID().toString();
        String big = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + marker + "\",\"text\":\""
                + "x".repeat(1_100_000) + "\"}]}";
        HttpResponse<String> response = http.post("/fhir/Patient", FHIR_JSON, big);

        OperationOutcomeIssueComponent issue = expectError(response, 413, "request-body-too-large");
        assertThat(issue.getDetails().getText()).contains("1 Mo");
        assertNothingStoredWithFamily(marker);
    }

    @Test
    void streamedBodyOverTheLimit() {
        String marker = UUID.randomUUID().toString();
        byte[] head = ("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + marker + "\",\"text\":\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] filler = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}]}".getBytes(StandardCharsets.UTF_8);
        List<InputStream> parts = new java.util.ArrayList<>();
        parts.add(new ByteArrayInputStream(head));
        for (int i = 0; i < 20; i++) {
            parts.add(new ByteArrayInputStream(filler));
        }
        parts.add(new ByteArrayInputStream(tail));
        HttpResponse<String> response = http.postStreamed(
                "/fhir/Patient", FHIR_JSON, () -> new SequenceInputStream(Collections.enumeration(parts)));

        expectError(response, 413, "request-body-too-large");
        assertNothingStoredWithFamily(marker);
    }

    @Test
    void compressedBodiesAreRefused() throws Exception {
        String marker = UUID.randomUUID().toString();
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + marker + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> response =
                http.postBytes("/fhir/Patient", FHIR_JSON, gz.toByteArray(), "Content-Encoding", "gzip");

        expectError(response, 415, "unsupported-content-encoding");
        assertNothingStoredWithFamily(marker);
    }

    @Test
    void unknownSearchParameterWithStrictHandling() {
        HttpResponse<String> response = http.get("/fhir/Patient?couleur-des-yeux=bleu", "Prefer", "handling=strict");

        OperationOutcomeIssueComponent issue = expectError(response, 400, "unknown-search-parameter");
        assertThat(issue.getDetails().getText()).contains("couleur-des-yeux");
    }

    @Test
    void unknownSearchParameterIsRefusedByDefaultToo() {
        HttpResponse<String> response = http.get("/fhir/Patient?couleur-des-yeux=bleu");

        expectError(response, 400, "unknown-search-parameter");
    }

    @Test
    void invalidId() {
        HttpResponse<String> response = http.put(
                "/fhir/Patient/" + "a".repeat(65),
                FHIR_JSON,
                "{\"resourceType\":\"Patient\",\"id\":\"" + "a".repeat(65) + "\"}");

        expectError(response, 400, "invalid-resource-id");
    }

    @Test
    void invalidIdCharacters() {
        HttpResponse<String> response =
                http.put("/fhir/Patient/ab$cd", FHIR_JSON, "{\"resourceType\":\"Patient\",\"id\":\"ab$cd\"}");

        expectError(response, 400, "invalid-resource-id");
    }

    @Test
    void unknownResourceType() {
        HttpResponse<String> response = http.get("/fhir/Usager/123");

        OperationOutcomeIssueComponent issue = expectError(response, 404, "unknown-resource-type");
        assertThat(issue.getDetails().getText()).contains("Usager");
    }

    @Test
    void missingResource() {
        HttpResponse<String> response = http.get("/fhir/Patient/" + UUID.randomUUID());

        OperationOutcomeIssueComponent issue = expectError(response, 404, "resource-not-found");
        assertThat(issue.getDetails().getText()).isEqualTo("Ressource introuvable.");
    }

    private OperationOutcomeIssueComponent expectError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertThat(contentType).as("answered in the request's format").containsAnyOf("fhir+json", "fhir+xml");
        OperationOutcome oo =
                (OperationOutcome) (contentType.contains("xml") ? fhir.newXmlParser() : fhir.newJsonParser())
                        .parseResource(response.body());
        OperationOutcomeIssueComponent issue = oo.getIssueFirstRep();
        assertThat(issue.getDetails().getCodingFirstRep().getSystem()).isEqualTo(DuiCanonicals.ERROR_CODES);
        assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo(code);
        assertThat(issue.getDetails().getText()).as("a French message").isNotBlank();
        return issue;
    }

    private void assertNothingStoredWithFamily(String family) {
        HttpResponse<String> search = http.get("/fhir/Patient?family:exact=" + family + "&_summary=count");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("\"total\":0");
    }
}
