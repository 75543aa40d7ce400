package fr.dui.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.support.BackendClient;
import fr.dui.server.support.DuiFixtures;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.ExampleData;
import fr.dui.server.support.RawHttp;
import fr.dui.server.support.SharedServer;
import fr.dui.server.support.UserLogin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bulk Data export ({@code $export}): for backend services, of the types their system-level scopes name, and for
 * nobody else; the files are read with the same token.
 */
@DuiServerTest
class BulkExportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASYNC = "respond-async";

    private final SharedServer server;

    BulkExportIT(SharedServer server) {
        this.server = server;
    }

    @BeforeAll
    static void examples(SharedServer server) {
        ExampleData.load(server.client(), ExampleData.all(server.fhirContext()));
    }

    @Test
    void aBackendServiceExportsTheTypesItsScopesNameAndReadsTheFiles() throws Exception {
        List<String> scopes = List.of("system/Patient.rs", "system/Observation.rs", "system/Binary.rs");
        RawHttp api = backend(scopes);

        HttpResponse<String> kickOff =
                api.get("/fhir/$export?_type=Patient,Observation", "Prefer", ASYNC, "Accept", "application/fhir+json");
        assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
        String status = kickOff.headers().firstValue("Content-Location").orElseThrow();

        JsonNode manifest = awaitManifest(api, status);
        List<String> types = new ArrayList<>();
        manifest.path("output").forEach(o -> types.add(o.path("type").asText()));
        assertThat(types)
                .contains("Patient", "Observation")
                .allMatch(t -> t.equals("Patient") || t.equals("Observation"));
        assertThat(manifest.path("requiresAccessToken").asBoolean()).isTrue();

        String file = manifest.path("output").get(0).path("url").asText();
        HttpResponse<String> ndjson = api.get(URI.create(file).getPath(), "Accept", "application/fhir+ndjson");
        assertThat(ndjson.statusCode()).as(ndjson.body()).isEqualTo(200);
        assertThat(ndjson.body())
                .contains("\"resourceType\":\""
                        + manifest.path("output").get(0).path("type").asText());

        // the export belongs to the app that started it: another app with the same scopes gets neither its status,
        // nor its files, nor cancels it
        RawHttp other = backend(scopes);
        String statusPath =
                URI.create(status).getPath() + "?" + URI.create(status).getRawQuery();
        HttpResponse<String> foreignPoll = other.get(statusPath);
        assertThat(foreignPoll.statusCode()).as(foreignPoll.body()).isEqualTo(404);
        assertThat(other.delete(statusPath).statusCode()).isEqualTo(404);
        HttpResponse<String> foreignFile = other.get(URI.create(file).getPath());
        assertThat(foreignFile.statusCode()).as(foreignFile.body()).isEqualTo(403);
        assertThat(foreignFile.body()).contains("appartient");
        assertThat(api.get(statusPath).statusCode())
                .as("still there for its own app")
                .isEqualTo(200);

        // the files are not open to a token without a Binary scope, nor to none
        assertThat(backend(List.of("system/Patient.rs"))
                        .get(URI.create(file).getPath())
                        .statusCode())
                .isEqualTo(403);
        assertThat(server.anonymousRaw().get(URI.create(file).getPath()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void anExportReachesEveryResourcePastTheLargestPage() throws Exception {
        String tag = UUID.randomUUID().toString();
        int count = 260; // more than dui.fhir.max-page-size (200): HAPI reads them by chunks of ids
        server.client()
                .transaction()
                .withBundle(DuiFixtures.taggedUsagers("EXPORT", tag, count))
                .execute();

        List<String> scopes = List.of("system/Patient.rs", "system/Binary.rs");
        RawHttp api = backend(scopes);
        HttpResponse<String> kickOff = api.get(
                "/fhir/$export?_type=Patient&_typeFilter="
                        + URLEncoder.encode(
                                "Patient?_tag=" + DuiFixtures.TEST_TAG_SYSTEM + "|" + tag, StandardCharsets.UTF_8),
                "Prefer",
                ASYNC);
        assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
        JsonNode manifest = awaitManifest(
                api, kickOff.headers().firstValue("Content-Location").orElseThrow());
        List<String> ids = new ArrayList<>();
        for (JsonNode output : manifest.path("output")) {
            String ndjson =
                    api.get(URI.create(output.path("url").asText()).getPath()).body();
            for (String line : ndjson.split("\n")) {
                if (!line.isBlank()) {
                    ids.add(JSON.readTree(line).path("id").asText());
                }
            }
        }
        assertThat(ids).hasSize(count).doesNotHaveDuplicates();
    }

    @Test
    void anExportBeyondTheScopesIsRefusedWhenItStarts() throws Exception {
        RawHttp api = backend(List.of("system/Patient.rs", "system/Binary.rs"));
        assertThat(api.get("/fhir/$export?_type=Patient,Observation", "Prefer", ASYNC)
                        .statusCode())
                .as("a type outside the scopes")
                .isEqualTo(403);
        assertThat(api.get("/fhir/$export", "Prefer", ASYNC).statusCode())
                .as("every type, with scopes naming one")
                .isEqualTo(403);
        assertThat(api.get("/fhir/Patient/$export?_type=Observation", "Prefer", ASYNC)
                        .statusCode())
                .as("patient-level export of a type outside the scopes")
                .isEqualTo(403);
    }

    @Test
    void peopleDoNotExportInBulk() throws Exception {
        UserLogin login = new UserLogin(server);
        String director = login.token(
                Account.Kind.PROFESSIONAL, "PractitionerRole/role-ide-bernard-ehpad", "openid fhirUser user/*.rs");
        for (String path : List.of("/fhir/$export?_type=Patient", "/fhir/Patient/$export?_type=Patient")) {
            HttpResponse<String> refused = server.raw(director).get(path, "Prefer", ASYNC);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).contains("export en masse");
        }
        String usager = login.token(
                Account.Kind.USAGER, "Patient/usager-jeanne-dupont", "openid fhirUser launch/patient patient/*.rs");
        assertThat(server.raw(usager)
                        .get("/fhir/Patient/$export?_type=Patient", "Prefer", ASYNC)
                        .statusCode())
                .isEqualTo(403);
    }

    private RawHttp backend(List<String> scopes) {
        BackendClient client = new BackendClient("it-export-" + UUID.randomUUID(), scopes).registeredOn(server);
        return server.raw(client.accessToken(server.issuer(), String.join(" ", scopes)));
    }

    private static JsonNode awaitManifest(RawHttp api, String statusUrl) throws Exception {
        String path =
                URI.create(statusUrl).getPath() + "?" + URI.create(statusUrl).getRawQuery();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        HttpResponse<String> poll = null;
        while (System.nanoTime() < deadline) {
            poll = api.get(path);
            if (poll.statusCode() == 200) {
                return JSON.readTree(poll.body());
            }
            assertThat(poll.statusCode()).as(poll.body()).isEqualTo(202);
            Thread.sleep(500);
        }
        throw new AssertionError("The export did not finish: " + (poll == null ? "" : poll.body()));
    }
}
