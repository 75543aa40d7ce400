package fr.dui.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import fr.dui.server.audit.AuditWriter;
import fr.dui.server.security.accounts.Account;
import fr.dui.server.support.BackendClient;
import fr.dui.server.support.BrowserSession;
import fr.dui.server.support.DuiServerTest;
import fr.dui.server.support.ExampleData;
import fr.dui.server.support.SharedServer;
import fr.dui.server.support.UserLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The administration API: accounts (with one-time passwords changed at first login) and SMART clients, for
 * administrators only, checked before anything is stored, and audited.
 */
@DuiServerTest
class AdministrationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final SharedServer server;
    private final UserLogin login;
    private final String admin;

    AdministrationIT(SharedServer server) {
        this.server = server;
        this.login = new UserLogin(server);
        this.admin = login.account(Account.Kind.ADMINISTRATOR, null);
    }

    @BeforeAll
    static void examples(SharedServer server) {
        ExampleData.load(server.client(), ExampleData.all(server.fhirContext()));
    }

    @Test
    void anAdministratorCreatesAnAccountWhoseOneTimePasswordIsChangedAtFirstLogin() throws Exception {
        String username = "ide-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = call(
                admin,
                UserLogin.PASSWORD,
                "POST",
                "/admin/comptes",
                Map.of(
                        "username", username,
                        "kind", "PROFESSIONAL",
                        "fhirUser", "PractitionerRole/role-ide-bernard-ehpad",
                        "displayName", "Sophie Bernard"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String oneTime = body.path("motDePasseProvisoire").asText();
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(16);
        assertThat(body.path("compte").path("mustChangePassword").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain("password_hash").doesNotContain("{bcrypt}");

        assertThat(call(
                                admin,
                                UserLogin.PASSWORD,
                                "POST",
                                "/admin/comptes",
                                Map.of(
                                        "username",
                                        username,
                                        "kind",
                                        "PROFESSIONAL",
                                        "fhirUser",
                                        "PractitionerRole/role-ide-bernard-ehpad"))
                        .statusCode())
                .as("same login twice")
                .isEqualTo(409);
        HttpResponse<String> wrongType = call(
                admin,
                UserLogin.PASSWORD,
                "POST",
                "/admin/comptes",
                Map.of(
                        "username", "x-" + UUID.randomUUID().toString().substring(0, 8),
                        "kind", "USAGER",
                        "fhirUser", "PractitionerRole/role-ide-bernard-ehpad"));
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("Patient");
        HttpResponse<String> missing = call(
                admin,
                UserLogin.PASSWORD,
                "POST",
                "/admin/comptes",
                Map.of(
                        "username", "x-" + UUID.randomUUID().toString().substring(0, 8),
                        "kind", "USAGER",
                        "fhirUser", "Patient/personne-inconnue"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("n'existe pas");

        // first login: the password page comes before anything else, then the launch goes on
        BrowserSession browser = new BrowserSession();
        String issuer = server.issuer();
        String next = browser.login(issuer, username, oneTime);
        HttpResponse<String> gate = browser.get(next.startsWith("http") ? next : issuer + next);
        assertThat(BrowserSession.location(gate, issuer)).endsWith("/mot-de-passe");
        HttpResponse<String> page = browser.get(issuer + "/mot-de-passe");
        assertThat(page.body()).contains("Votre mot de passe est provisoire");
        HttpResponse<String> tooShort = browser.post(issuer + "/mot-de-passe", form(page.body(), "court", "court"));
        assertThat(tooShort.body()).contains("au moins 12 caractères");
        String chosen = "Un-vrai-mot-de-passe-2026";
        HttpResponse<String> changed = browser.post(issuer + "/mot-de-passe", form(page.body(), chosen, chosen));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(call(admin, UserLogin.PASSWORD, "GET", "/admin/comptes", null)
                        .body())
                .contains("\"username\":\"" + username + "\"");
        JsonNode accounts = JSON.readTree(
                call(admin, UserLogin.PASSWORD, "GET", "/admin/comptes", null).body());
        for (JsonNode account : accounts) {
            if (account.path("username").asText().equals(username)) {
                assertThat(account.path("mustChangePassword").asBoolean()).isFalse();
            }
        }

        // disabled: no login; reset: a new one-time password
        assertThat(call(admin, UserLogin.PASSWORD, "POST", "/admin/comptes/" + username + "/desactivation", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(new BrowserSession().login(issuer, username, chosen)).contains("error");
        call(admin, UserLogin.PASSWORD, "POST", "/admin/comptes/" + username + "/reactivation", null);
        HttpResponse<String> reset =
                call(admin, UserLogin.PASSWORD, "POST", "/admin/comptes/" + username + "/mot-de-passe", null);
        String again = JSON.readTree(reset.body()).path("motDePasseProvisoire").asText();
        assertThat(new BrowserSession().login(issuer, username, again)).doesNotContain("error");

        // the trail has it
        String auditor = new BackendClient("it-auditeur-" + UUID.randomUUID(), List.of("system/AuditEvent.rs"))
                .registeredOn(server)
                .accessToken(issuer, "system/AuditEvent.rs");
        assertThat(server.bean(AuditWriter.class).awaitIdle(Duration.ofSeconds(15)))
                .isTrue();
        assertThat(server.raw(auditor)
                        .get("/fhir/AuditEvent?agent=" + admin + "&_count=50")
                        .body())
                .contains("account-changed")
                .contains("account-created : " + username);
    }

    @Test
    void onlyAdministratorsAdministerAndAOneTimeAdminPasswordMustBeChangedFirst() throws Exception {
        String professional = login.account(Account.Kind.PROFESSIONAL, "PractitionerRole/role-as-benali-ehpad");
        assertThat(call(professional, UserLogin.PASSWORD, "GET", "/admin/comptes", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(call(professional, UserLogin.PASSWORD, "GET", "/admin/clients", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(call(null, null, "GET", "/admin/comptes", null).statusCode()).isEqualTo(401);

        // an administrator created with a one-time password must change it before administering
        HttpResponse<String> created = call(
                admin,
                UserLogin.PASSWORD,
                "POST",
                "/admin/comptes",
                Map.of("username", "adm-" + UUID.randomUUID().toString().substring(0, 8), "kind", "ADMINISTRATOR"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String newAdmin = body.path("compte").path("username").asText();
        String oneTime = body.path("motDePasseProvisoire").asText();
        HttpResponse<String> blocked = call(newAdmin, oneTime, "GET", "/admin/comptes", null);
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body()).contains("/admin/mot-de-passe");
        assertThat(call(newAdmin, oneTime, "POST", "/admin/mot-de-passe", Map.of("nouveau", "court"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(call(newAdmin, oneTime, "POST", "/admin/mot-de-passe", Map.of("nouveau", "Nouvel-admin-2026!"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(call(newAdmin, "Nouvel-admin-2026!", "GET", "/admin/comptes", null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorRegistersABackendClientThatThenGetsTokens() throws Exception {
        BackendClient backend = new BackendClient("passerelle-" + UUID.randomUUID(), List.of("system/Patient.rs"));
        Map<String, Object> declaration = Map.of(
                "clientId",
                backend.clientId(),
                "name",
                "Passerelle de test",
                "kind",
                "backend",
                "scopes",
                List.of("system/Patient.rs"),
                "jwks",
                new JWKSet(backend.key().toPublicJWK()).toString(),
                "algorithm",
                "RS384");
        HttpResponse<String> registered = call(admin, UserLogin.PASSWORD, "POST", "/admin/clients", declaration);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(call(admin, UserLogin.PASSWORD, "POST", "/admin/clients", declaration)
                        .statusCode())
                .as("registering again updates")
                .isEqualTo(200);
        String token = backend.accessToken(server.issuer(), "system/Patient.rs");
        assertThat(server.raw(token).get("/fhir/Patient?_count=1").statusCode()).isEqualTo(200);

        HttpResponse<String> list = call(admin, UserLogin.PASSWORD, "GET", "/admin/clients", null);
        assertThat(list.body())
                .contains(backend.clientId())
                .as("no secret listed (client_secret_basic is only a method's name)")
                .doesNotContain("\"client_secret\"", "\"secret\"");

        HttpResponse<String> insecure = call(
                admin,
                UserLogin.PASSWORD,
                "POST",
                "/admin/clients",
                Map.of(
                        "clientId",
                        "appli-" + UUID.randomUUID(),
                        "kind",
                        "public",
                        "scopes",
                        List.of("openid", "patient/*.rs"),
                        "redirectUris",
                        List.of("http://appli.example.fr/retour")));
        assertThat(insecure.statusCode()).isEqualTo(400);
        assertThat(insecure.body()).contains("https");
        HttpResponse<String> badScope = call(
                admin,
                UserLogin.PASSWORD,
                "POST",
                "/admin/clients",
                Map.of(
                        "clientId",
                        "appli-" + UUID.randomUUID(),
                        "kind",
                        "public",
                        "scopes",
                        List.of("tout/*"),
                        "redirectUris",
                        List.of("https://appli.example.fr/retour")));
        assertThat(badScope.statusCode()).isEqualTo(400);
        assertThat(badScope.body()).contains("Portée inconnue");
    }

    private static List<Map.Entry<String, String>> form(String page, String password, String confirmation) {
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
        BrowserSession.hiddenFields(page).forEach((k, v) -> fields.add(Map.entry(k, v)));
        fields.add(Map.entry("nouveau", password));
        fields.add(Map.entry("confirmation", confirmation));
        return fields;
    }

    private HttpResponse<String> call(String username, String password, String method, String path, Object body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.issuer() + path));
        if (username != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
