package fr.dui.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.ExampleData;
import fr.dui.server.support.SharedServer;
import fr.dui.server.support.UserLogin;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * EHR launch: the DUI, for a professional with a usager's record open, gets a {@code launch} value; the app launched
 * with it gets a token whose context is that usager and séjour, confined to that record, and nobody else can use the
 * value.
 */
@DuiServerTest
class EhrLaunchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROLE = "PractitionerRole/role-ide-bernard-ehpad";
    private static final String JEANNE = "usager-jeanne-dupont";
    private static final String SEJOUR = "sejour-jeanne-ehpad";
    private static final String APP_SCOPES = "openid fhirUser launch patient/*.rs";

    private final SharedServer server;
    private final UserLogin login;

    EhrLaunchIT(SharedServer server) {
        this.server = server;
        this.login = new UserLogin(server);
    }

    @BeforeAll
    static void examples(SharedServer server) {
        ExampleData.load(server.client(), ExampleData.all(server.fhirContext()));
    }

    @Test
    void anAppLaunchedFromTheRecordGetsTheUsagerAndSejourAsItsContext() throws Exception {
        String nurse = login.account(Account.Kind.PROFESSIONAL, ROLE);
        String dui = login.token(nurse, "openid fhirUser user/*.cruds");
        String launch = launch(dui, JEANNE, "Encounter/" + SEJOUR);

        JsonNode token = login.tokenResponse(nurse, APP_SCOPES, launch);
        assertThat(token.path("patient").asText()).isEqualTo(JEANNE);
        assertThat(token.path("encounter").asText()).isEqualTo(SEJOUR);
        assertThat(token.path("need_patient_banner").asBoolean()).isTrue();
        assertThat(token.path("fhirUser").asText()).endsWith(ROLE);
        assertThat(token.path("smart_style_url").asText()).endsWith("/smart-style.json");

        // confined to the usager in context, and still to the nurse's habilitations
        String access = token.path("access_token").asText();
        assertThat(server.raw(access)
                        .get("/fhir/Observation/transmission-jeanne-douleur")
                        .statusCode())
                .isEqualTo(200);
        assertThat(server.raw(access).get("/fhir/Patient/usager-paul-girard").statusCode())
                .isEqualTo(403);
        JsonNode patients =
                JSON.readTree(server.raw(access).get("/fhir/Patient").body());
        assertThat(patients.path("total").asInt()).isEqualTo(1);
    }

    @Test
    void aLaunchValueServesOnlyItsProfessionalAndOnlyOnTheirUsagers() throws Exception {
        String nurse = login.account(Account.Kind.PROFESSIONAL, ROLE);
        String dui = login.token(nurse, "openid fhirUser user/*.cruds");
        String launch = launch(dui, JEANNE, null);

        // another professional cannot use it, nor an unknown value
        String colleague = login.account(Account.Kind.PROFESSIONAL, "PractitionerRole/role-as-benali-ehpad");
        HttpResponse<String> stolen = login.exchange(login.registerApp(APP_SCOPES), colleague, APP_SCOPES, launch);
        assertThat(stolen.statusCode()).isEqualTo(400);
        assertThat(stolen.body()).contains("invalid_request");
        HttpResponse<String> unknown =
                login.exchange(login.registerApp(APP_SCOPES), nurse, APP_SCOPES, "pas-un-launch");
        assertThat(unknown.statusCode()).isEqualTo(400);

        // a usager the nurse's habilitations do not open, a séjour of someone else, a usager asking
        assertThat(post(dui, "usager-paul-girard", null).statusCode()).isEqualTo(403);
        HttpResponse<String> otherSejour = post(dui, JEANNE, "Encounter/sejour-paul-ssiad");
        assertThat(otherSejour.statusCode()).isEqualTo(400);
        assertThat(otherSejour.body()).contains("séjour");
        String usager =
                login.token(Account.Kind.USAGER, "Patient/" + JEANNE, "openid fhirUser launch/patient patient/*.rs");
        assertThat(post(usager, JEANNE, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aProfessionalPicksTheUsagerInAStandaloneLaunchAmongThoseTheyMaySee() throws Exception {
        String nurse = login.account(Account.Kind.PROFESSIONAL, ROLE);
        String scopes = "openid fhirUser launch/patient patient/*.rs";
        String app = login.registerApp(scopes);
        HttpResponse<String> picked =
                UserLogin.codeFlow(server.issuer(), app, nurse, UserLogin.PASSWORD, null, scopes, null, JEANNE);
        assertThat(picked.statusCode()).as(picked.body()).isEqualTo(200);
        JsonNode token = JSON.readTree(picked.body());
        assertThat(token.path("patient").asText()).isEqualTo(JEANNE);
        String access = token.path("access_token").asText();
        assertThat(server.raw(access).get("/fhir/Patient/" + JEANNE).statusCode())
                .isEqualTo(200);

        // a usager the nurse may not see cannot be picked (nor none at all)
        assertThatThrownBy(() -> UserLogin.codeFlow(
                        server.issuer(), app, nurse, UserLogin.PASSWORD, null, scopes, null, "usager-paul-girard"))
                .hasMessageContaining("400")
                .hasMessageContaining("Choisissez un usager");
        assertThatThrownBy(() ->
                        UserLogin.codeFlow(server.issuer(), app, nurse, UserLogin.PASSWORD, null, scopes, null, null))
                .hasMessageContaining("400")
                .hasMessageContaining("Choisissez un usager");
    }

    private String launch(String token, String usager, String encounter) throws Exception {
        HttpResponse<String> response = post(token, usager, encounter);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode parameters = JSON.readTree(response.body());
        for (JsonNode p : parameters.path("parameter")) {
            if (p.path("name").asText().equals("launch")) {
                return p.path("valueString").asText();
            }
        }
        throw new AssertionError("No launch in " + response.body());
    }

    private HttpResponse<String> post(String token, String usager, String encounter) {
        String body = encounter == null
                ? "{\"resourceType\":\"Parameters\"}"
                : "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"encounter\",\"valueReference\":"
                        + "{\"reference\":\"" + encounter + "\"}}]}";
        return server.raw(token).post("/fhir/Patient/" + usager + "/$smart-launch", "application/fhir+json", body);
    }
}
