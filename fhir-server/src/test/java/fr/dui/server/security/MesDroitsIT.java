package fr.dui.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.security.habilitations.Professions;
import fr.dui.server.support.AuditTrail;
import fr.dui.server.support.DuiFixtures;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.ExampleData;
import fr.dui.server.support.Professionals;
import fr.dui.server.support.SharedServer;
import fr.dui.server.support.UserLogin;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /fhir/$mes-droits}: what a professional's habilitations allow, per data category, in general or on one
 * usager; in a batch with the reads of a screen; refused to whoever has no habilitations; traced like any request.
 */
@DuiServerTest
class MesDroitsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCOPES = "openid fhirUser user/*.cruds";
    private static final String JEANNE = "usager-jeanne-dupont"; // EHPAD resident, care team: Dr Martin, IDE, AS
    private static final String NURSE = "PractitionerRole/role-ide-bernard-ehpad";
    private static final String AIDE_SOIGNANT = "PractitionerRole/role-as-benali-ehpad";

    private final SharedServer server;
    private final UserLogin login;

    MesDroitsIT(SharedServer server) {
        this.server = server;
        this.login = new UserLogin(server);
    }

    @BeforeAll
    static void examples(SharedServer server) {
        ExampleData.load(server.client(), ExampleData.all(server.fhirContext()));
    }

    @Test
    void aNurseAndAnAideSoignantHaveTheirProfessionsRightsOnTheSameUsager() throws Exception {
        Map<String, String> nurse = rights(token(NURSE), "/fhir/$mes-droits?usager=Patient/" + JEANNE);
        Map<String, String> aideSoignant = rights(token(AIDE_SOIGNANT), "/fhir/$mes-droits?usager=" + JEANNE);

        // the default matrix: Infirmier r;r;rcu;rcud;rcu;rcu;r;r, Aide-soignant r;-;rcu;rcu;-;r;r;r
        assertThat(nurse)
                .containsExactly(
                        Map.entry("administratif", "r"),
                        Map.entry("social", "r"),
                        Map.entry("accompagnement", "rcu"),
                        Map.entry("soins", "rcud"),
                        Map.entry("medical", "rcu"),
                        Map.entry("documents", "rcu"),
                        Map.entry("consentements", "r"),
                        Map.entry("annuaire", "r"));
        assertThat(aideSoignant)
                .containsExactly(
                        Map.entry("administratif", "r"),
                        Map.entry("social", "-"),
                        Map.entry("accompagnement", "rcu"),
                        Map.entry("soins", "rcu"),
                        Map.entry("medical", "-"),
                        Map.entry("documents", "r"),
                        Map.entry("consentements", "r"),
                        Map.entry("annuaire", "r"));

        // each category comes with its French label
        JsonNode parameters = json(server.raw(token(NURSE)).get("/fhir/$mes-droits"));
        assertThat(parameters.path("resourceType").asText()).isEqualTo("Parameters");
        assertThat(parameters.toString()).contains("\"valueString\":\"Consentements et contrats\"");
    }

    @Test
    void medicalDataNeedsTheCareTeamAndAUsagerOutsideTheEstablishmentsOpensNothing() throws Exception {
        // a second nurse of the EHPAD, not in Jeanne's care team
        String outsider = Professionals.create(
                server.client(),
                "etab-ehpad-tilleuls",
                Professions.coding("TRE_A02|G15_60").setDisplay("Infirmier"));
        String token = token(outsider);
        Map<String, String> onJeanne = rights(token, "/fhir/$mes-droits?usager=Patient/" + JEANNE);
        assertThat(onJeanne).containsEntry("soins", "rcud").containsEntry("medical", "-");
        // without a usager: what the establishment allows, medical data included
        assertThat(rights(token, "/fhir/$mes-droits")).containsEntry("medical", "rcu");

        String elsewhere = server.client()
                .create()
                .resource(DuiFixtures.usager("AILLEURS", "Gaston"))
                .execute()
                .getId()
                .getIdPart();
        assertThat(rights(token, "/fhir/$mes-droits?usager=Patient/" + elsewhere)
                        .values())
                .hasSize(8)
                .containsOnly("-");

        // like every request, it is in the audit trail, under the professional's name
        AuditTrail trail = new AuditTrail(server);
        trail.await(
                "/fhir/AuditEvent?agent=" + outsider,
                events -> events.stream().anyMatch(e -> e.toString().contains("$mes-droits")));
    }

    @Test
    void itComesInTheSameBatchAsTheReadsOfAScreen() throws Exception {
        String batch = """
                {"resourceType":"Bundle","type":"batch","entry":[
                 {"request":{"method":"GET","url":"Patient/%1$s"}},
                 {"request":{"method":"GET","url":"$mes-droits?usager=Patient/%1$s"}}]}""".formatted(JEANNE);
        JsonNode answer = json(server.raw(token(AIDE_SOIGNANT)).post("/fhir", "application/fhir+json", batch));
        JsonNode entries = answer.path("entry");
        assertThat(entries.get(0).path("response").path("status").asText()).startsWith("200");
        assertThat(entries.get(0).path("resource").path("id").asText()).isEqualTo(JEANNE);
        assertThat(entries.get(1).path("response").path("status").asText()).startsWith("200");
        Map<String, String> rights = categories(entries.get(1).path("resource"));
        assertThat(rights).containsEntry("soins", "rcu").containsEntry("medical", "-");
    }

    @Test
    void whoeverHasNoHabilitationsIsRefused() {
        HttpResponse<String> backend = server.raw().get("/fhir/$mes-droits"); // the tests' backend service
        assertThat(backend.statusCode()).isEqualTo(403);
        assertThat(backend.body())
                .contains("OperationOutcome")
                .contains("access-denied")
                .contains("n'est pas celui d'un professionnel");

        String usager = login.token(Account.Kind.USAGER, "Patient/" + JEANNE, "openid fhirUser patient/*.rs");
        assertThat(server.raw(usager).get("/fhir/$mes-droits").statusCode()).isEqualTo(403);
        assertThat(server.anonymousRaw().get("/fhir/$mes-droits").statusCode()).isEqualTo(401);
    }

    // ---- helpers ----

    private String token(String role) {
        return login.token(Account.Kind.PROFESSIONAL, role, SCOPES);
    }

    private Map<String, String> rights(String token, String path) throws Exception {
        return categories(json(server.raw(token).get(path)));
    }

    private static Map<String, String> categories(JsonNode parameters) {
        Map<String, String> result = new LinkedHashMap<>();
        for (JsonNode categorie : parameters.path("parameter")) {
            assertThat(categorie.path("name").asText()).isEqualTo("categorie");
            String code = null;
            String interactions = null;
            for (JsonNode part : categorie.path("part")) {
                switch (part.path("name").asText()) {
                    case "code" -> code = part.path("valueCode").asText();
                    case "interactions" ->
                        interactions = part.path("valueString").asText();
                    default -> {}
                }
            }
            result.put(code, interactions);
        }
        return result;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
