package fr.dui.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.support.Browser;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.ExampleData;
import fr.dui.server.support.SharedServer;
import fr.dui.server.support.SmartTestApp;
import fr.dui.server.support.UserLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real SMART app in a real browser: the {@code fhirclient} JavaScript library (npm), in headless Chromium, served
 * from another origin than the DUI, does the launches as apps in the field do them (discovery, PKCE S256, login and
 * consent pages, code exchange from the browser, FHIR requests, refresh). Selenium only types and clicks what a person
 * would.
 */
@DuiServerTest
class SmartJavaScriptClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JEANNE = "usager-jeanne-dupont";
    private static final String SEJOUR = "sejour-jeanne-ehpad";
    private static final String PAUL = "usager-paul-girard";
    private static final String NURSE_ROLE = "PractitionerRole/role-ide-bernard-ehpad";

    private static SmartTestApp app;

    private final SharedServer server;
    private final UserLogin login;

    SmartJavaScriptClientIT(SharedServer server) {
        this.server = server;
        this.login = new UserLogin(server);
    }

    @BeforeAll
    static void start(SharedServer server) {
        Browser.assumeInstalled();
        ExampleData.load(server.client(), ExampleData.all(server.fhirContext()));
        app = SmartTestApp.start();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aUsagerLaunchesAnAppStandaloneAndRefreshesItsToken() throws Exception {
        String scopes = "openid fhirUser launch/patient patient/*.rs offline_access";
        String clientId = login.registerApp(scopes, app.redirectUri());
        String usager = login.account(Account.Kind.USAGER, "Patient/" + JEANNE);

        try (Browser browser = Browser.start()) {
            browser.open(app.launchUrl(server.fhirBase(), clientId, scopes, null, PAUL));
            browser.logIn(usager, UserLogin.PASSWORD);
            browser.consent();
            JsonNode result = JSON.readTree(browser.textOf("result"));

            assertThat(result.path("error").isMissingNode())
                    .as(result.toString())
                    .isTrue();
            assertThat(result.path("patient").asText()).isEqualTo(JEANNE);
            assertThat(result.path("fhirUser").asText()).endsWith("Patient/" + JEANNE);
            assertThat(result.path("family").asText()).isEqualTo(family(JEANNE));
            assertThat(result.path("other").asInt())
                    .as("another usager's record")
                    .isEqualTo(403);
            assertThat(result.path("hasRefreshToken").asBoolean()).isTrue();
            assertThat(result.path("refreshed").asBoolean()).isTrue();
            assertThat(result.path("patientClaimAfterRefresh").asText()).isEqualTo(JEANNE);
            assertThat(result.path("patientAfterRefresh").asText()).isEqualTo(JEANNE);
        }
    }

    @Test
    void aProfessionalLaunchesAnAppFromTheUsagersRecord() throws Exception {
        String scopes = "launch openid fhirUser patient/*.rs offline_access";
        String clientId = login.registerApp(scopes, app.redirectUri());
        String nurse = login.account(Account.Kind.PROFESSIONAL, NURSE_ROLE);
        String launch = launch(login.token(nurse, "openid fhirUser user/*.cruds"));

        try (Browser browser = Browser.start()) {
            // the DUI opens the app with iss and launch, as in the SMART specification
            browser.open(app.launchUrl(server.fhirBase(), clientId, scopes, launch, PAUL));
            browser.logIn(nurse, UserLogin.PASSWORD);
            browser.consent();
            JsonNode result = JSON.readTree(browser.textOf("result"));

            assertThat(result.path("error").isMissingNode())
                    .as(result.toString())
                    .isTrue();
            assertThat(result.path("patient").asText()).isEqualTo(JEANNE);
            assertThat(result.path("encounter").asText()).isEqualTo(SEJOUR);
            assertThat(result.path("fhirUser").asText()).endsWith(NURSE_ROLE);
            assertThat(result.path("family").asText()).isEqualTo(family(JEANNE));
            assertThat(result.path("other").asInt())
                    .as("a usager outside the launch context")
                    .isEqualTo(403);
            assertThat(result.path("refreshed").asBoolean()).isTrue();
            assertThat(result.path("patientClaimAfterRefresh").asText()).isEqualTo(JEANNE);
        }
    }

    @Test
    void onlyTheOriginsOfRegisteredAppsMayCallFromABrowser() throws Exception {
        login.registerApp("openid fhirUser launch/patient patient/*.rs", app.redirectUri());
        HttpResponse<String> allowed = preflight(app.origin());
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(app.origin());
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials"))
                .as("tokens, not cookies")
                .isEmpty();

        HttpResponse<String> foreign = preflight("http://appli-inconnue.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.fhirBase() + "/Patient/" + JEANNE))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Origin", origin)
                                .header("Access-Control-Request-Method", "GET")
                                .header("Access-Control-Request-Headers", "authorization")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private String family(String usager) throws Exception {
        return JSON.readTree(server.raw().get("/fhir/Patient/" + usager).body())
                .path("name")
                .get(0)
                .path("family")
                .asText();
    }

    private String launch(String professionalToken) throws Exception {
        HttpResponse<String> response = server.raw(professionalToken)
                .post(
                        "/fhir/Patient/" + JEANNE + "/$smart-launch",
                        "application/fhir+json",
                        "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"encounter\",\"valueReference\":"
                                + "{\"reference\":\"Encounter/" + SEJOUR + "\"}}]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode p : JSON.readTree(response.body()).path("parameter")) {
            if (p.path("name").asText().equals("launch")) {
                return p.path("valueString").asText();
            }
        }
        throw new AssertionError("No launch in " + response.body());
    }
}
