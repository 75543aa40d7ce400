package fr.dui.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.accounts.AccountRepository;
import fr.dui.server.support.AuditTrail;
import fr.dui.server.support.BackendClient;
import fr.dui.server.support.BrowserSession;
import fr.dui.server.support.DuiFixtures;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.RawHttp;
import fr.dui.server.support.SharedServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The audit trail seen from outside: every request, login, token and refusal leaves an AuditEvent naming who, from
 * which app, on which usager, with which outcome; only auditors read it; nobody writes it; and tampering with the
 * stored trail is detected.
 */
@DuiServerTest
class AuditTrailIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SharedServer server;
    private final AuditTrail trail;
    private final RawHttp auditor;

    AuditTrailIT(SharedServer server) {
        this.server = server;
        this.trail = new AuditTrail(server);
        this.auditor = trail.http();
    }

    @Test
    void everyAccessToAUsagerIsTracedWithWhoAndWhat() throws Exception {
        IGenericClient fhir = server.client();
        String id = fhir.create()
                .resource(DuiFixtures.usager("TRACE", "Hélène"))
                .execute()
                .getId()
                .getIdPart();
        fhir.create().resource(DuiFixtures.gir("Patient/" + id, 3)).execute();
        server.raw().get("/fhir/Patient/" + id);
        server.raw().get("/fhir/Observation?subject=Patient/" + id);

        // the auditor's own searches of the trail touch the usager too: wait for the last request, not for a count
        List<JsonNode> events = trail.await(
                "/fhir/AuditEvent?patient=" + id,
                list -> list.stream().anyMatch(e -> e.toString().contains("Observation?subject=Patient/" + id)));
        assertThat(events).extracting(e -> e.path("action").asText()).contains("C", "R");
        assertThat(events)
                .extracting(e -> e.path("subtype").get(0).path("code").asText())
                .contains("create", "read", "search-type");
        JsonNode read = events.stream()
                .filter(e -> e.path("subtype").get(0).path("code").asText().equals("read"))
                .findFirst()
                .orElseThrow();
        assertThat(read.path("outcome").asText()).isEqualTo("0");
        assertThat(read.path("type").path("code").asText()).isEqualTo("rest");
        assertThat(read.toString()).contains("\"value\":\"dui-it\""); // the app, as agent
        assertThat(read.toString()).contains("Patient/" + id);
        assertThat(read.path("agent").get(0).path("network").path("address").asText())
                .isNotBlank();
        assertThat(read.path("source").path("site").asText()).isEqualTo("DUI");
        // the server's own events follow the guide's profile
        HttpResponse<String> validation = auditor.post(
                "/fhir/AuditEvent/$validate",
                "application/fhir+json",
                read.toString().replaceFirst("\"id\":\"[0-9]+\",", ""));
        assertThat(validation.statusCode()).as(validation.body()).isEqualTo(200);
        assertThat(validation.body()).doesNotContain("\"severity\":\"error\"");
        assertThat(read.path("meta").path("profile").get(0).asText())
                .isEqualTo("https://dui-libre.fr/fhir/StructureDefinition/dui-trace");
        JsonNode search = events.stream()
                .filter(e -> e.toString().contains("Observation?subject=Patient/" + id))
                .findFirst()
                .orElseThrow();
        assertThat(search.path("subtype").get(0).path("code").asText()).isEqualTo("search-type");
        assertThat(search.path("action").asText()).isEqualTo("R");
    }

    @Test
    void refusalsAreTraced() throws Exception {
        String id = server.client()
                .create()
                .resource(DuiFixtures.usager("REFUS", "Odile"))
                .execute()
                .getId()
                .getIdPart();
        BackendClient limited = new BackendClient("it-limite-" + UUID.randomUUID(), List.of("system/Observation.rs"))
                .registeredOn(server);
        RawHttp api = server.raw(limited.accessToken(server.issuer(), "system/Observation.rs"));
        assertThat(api.get("/fhir/Patient/" + id).statusCode()).isEqualTo(403);

        List<JsonNode> denied = trail.await(
                "/fhir/AuditEvent?patient=" + id,
                list -> list.stream().anyMatch(e -> e.path("outcome").asText().equals("4")));
        JsonNode event = denied.stream()
                .filter(e -> e.path("outcome").asText().equals("4"))
                .findFirst()
                .orElseThrow();
        assertThat(event.path("outcomeDesc").asText()).startsWith("403");
        assertThat(event.toString()).contains(limited.clientId());

        // an id no database column would hold must not jam the trail for the requests after it
        assertThat(server.raw().get("/fhir/Patient/" + "a".repeat(300)).statusCode())
                .isEqualTo(404);

        String path = "/fhir/Patient/sans-jeton-" + UUID.randomUUID();
        assertThat(server.anonymousRaw().get(path).statusCode()).isEqualTo(401);
        List<JsonNode> refused = trail.await(
                "/fhir/AuditEvent?_count=200",
                list -> list.stream().anyMatch(e -> e.toString().contains(path)));
        JsonNode anonymous = refused.stream()
                .filter(e -> e.toString().contains(path))
                .findFirst()
                .orElseThrow();
        assertThat(anonymous.path("subtype").get(0).path("code").asText()).isEqualTo("access-refused");
        assertThat(anonymous.path("outcomeDesc").asText()).isEqualTo("authentication-required");
    }

    @Test
    void loginsAndTokensAreTraced() throws Exception {
        String patient = server.client()
                .create()
                .resource(DuiFixtures.usager("CONNEXION", "Yves"))
                .execute()
                .getId()
                .getIdPart();
        String username = "it-" + UUID.randomUUID();
        server.bean(AccountRepository.class)
                .create(Account.opened(
                        username,
                        server.bean(PasswordEncoder.class).encode("Mot-de-passe-42"),
                        Account.Kind.USAGER,
                        "Patient/" + patient,
                        "Yves",
                        false));
        BrowserSession browser = new BrowserSession();
        assertThat(browser.login(server.issuer(), username, "faux")).contains("error");
        assertThat(browser.login(server.issuer(), username, "Mot-de-passe-42")).doesNotContain("error");

        List<JsonNode> logins = trail.await("/fhir/AuditEvent?agent=Patient/" + patient, list -> list.size() >= 2);
        assertThat(logins)
                .extracting(e -> e.path("subtype").get(0).path("code").asText())
                .containsOnly("110122");
        assertThat(logins).extracting(e -> e.path("outcome").asText()).containsExactlyInAnyOrder("0", "4");

        BackendClient backend =
                new BackendClient("it-jeton-" + UUID.randomUUID(), List.of("system/Patient.rs")).registeredOn(server);
        backend.accessToken(server.issuer(), "system/Patient.rs");
        List<JsonNode> tokens = trail.await("/fhir/AuditEvent?agent=" + backend.clientId(), list -> !list.isEmpty());
        assertThat(tokens.get(0).path("subtype").get(0).path("code").asText()).isEqualTo("token-issued");
        assertThat(tokens.get(0).path("outcomeDesc").asText())
                .isEqualTo("grant_type=client_credentials scope=system/Patient.rs");
    }

    @Test
    void onlyAuditorsReadTheTrailAndNobodyWritesIt() throws Exception {
        assertThat(server.raw().get("/fhir/AuditEvent").statusCode())
                .as("system/*.cruds does not open the trail")
                .isEqualTo(403);
        assertThat(server.raw().get("/fhir/AuditEvent/$verify-chain").statusCode())
                .isEqualTo(403);
        assertThat(server.anonymousRaw().get("/fhir/AuditEvent").statusCode()).isEqualTo(401);
        HttpResponse<String> write = auditor.post(
                "/fhir/AuditEvent",
                "application/fhir+json",
                "{\"resourceType\":\"AuditEvent\",\"type\":{\"code\":\"rest\"},\"recorded\":\"2026-01-01T00:00:00Z\","
                        + "\"agent\":[{\"requestor\":true}],\"source\":{\"observer\":{\"display\":\"x\"}}}");
        assertThat(write.statusCode())
                .as("the trail has no create: " + write.body())
                .isEqualTo(405);
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"AuditEvent\",\"type\":{\"code\":\"rest\"},\"recorded\":\"2026-01-01T00:00:00Z\","
                + "\"agent\":[{\"requestor\":true}],\"source\":{\"observer\":{\"display\":\"x\"}}},"
                + "\"request\":{\"method\":\"POST\",\"url\":\"AuditEvent\"}}]}";
        assertThat(server.raw().post("/fhir", "application/fhir+json", bundle).statusCode())
                .as("not through a transaction either")
                .isEqualTo(403);
        assertThat(auditor.get("/fhir/AuditEvent?_count=1").statusCode()).isEqualTo(200);
    }

    @Test
    void pagingWalksTheTrailNewestFirst() throws Exception {
        // the trail grows while one reads it: a period pins the pages
        String until = java.time.Instant.now().toString();
        JsonNode first = JSON.readTree(
                auditor.get("/fhir/AuditEvent?_count=2&date=lt" + until).body());
        assertThat(first.path("entry")).hasSize(2);
        long newest = first.path("entry").get(0).path("resource").path("id").asLong();
        long next = first.path("entry").get(1).path("resource").path("id").asLong();
        assertThat(newest).isGreaterThan(next);
        String nextLink = null;
        for (JsonNode link : first.path("link")) {
            if (link.path("relation").asText().equals("next")) {
                nextLink = link.path("url").asText();
            }
        }
        assertThat(nextLink).contains("_offset=2");
        JsonNode second = JSON.readTree(
                auditor.get(nextLink.substring(nextLink.indexOf("/fhir"))).body());
        assertThat(second.path("entry").get(0).path("resource").path("id").asLong())
                .isLessThan(next);
        assertThat(auditor.get("/fhir/AuditEvent/" + newest).statusCode()).isEqualTo(200);
        assertThat(auditor.get("/fhir/AuditEvent/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void tamperingWithTheStoredTrailIsDetected() throws Exception {
        server.raw().get("/fhir/Patient?_count=1");
        trail.await("/fhir/AuditEvent?_count=1", list -> !list.isEmpty());
        JsonNode intact = verify();
        assertThat(intact.toString()).contains("\"valueBoolean\":true");

        JdbcTemplate jdbc = server.bean(JdbcTemplate.class);
        long seq = jdbc.queryForObject("select min(seq) + 1 from dui_audit_event", Long.class);
        String original =
                jdbc.queryForObject("select event_json from dui_audit_event where seq = ?", String.class, seq);
        try {
            jdbc.update(
                    "update dui_audit_event set event_json = ? where seq = ?",
                    original.replace("\"outcome\":\"", "\"outcome\":\"x"),
                    seq);
            JsonNode broken = verify();
            assertThat(broken.toString())
                    .contains("\"valueBoolean\":false")
                    .contains("\"valueString\":\"" + seq + "\"");
            assertThat(broken.toString()).contains("Journal altéré");
        } finally {
            jdbc.update("update dui_audit_event set event_json = ? where seq = ?", original, seq);
        }
        assertThat(verify().toString()).contains("\"valueBoolean\":true");
    }

    private JsonNode verify() throws Exception {
        HttpResponse<String> response = auditor.get("/fhir/AuditEvent/$verify-chain");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
