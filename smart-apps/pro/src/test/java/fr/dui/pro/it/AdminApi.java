package fr.dui.pro.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

/** The DUI's administration API, as an administrator's script calls it (HTTP Basic, JSON). */
final class AdminApi {

    static final String PASSWORD = "Mot-de-passe-des-tests-pro-42";

    private final DuiServer server;

    AdminApi(DuiServer server) {
        this.server = server;
    }

    /** Registers (or updates) a SMART app. */
    void registerClient(Map<String, Object> declaration) {
        Http.expectJson(post("admin", DuiServer.ADMIN_PASSWORD, "/admin/clients", declaration), 200, 201);
    }

    /**
     * Creates a professional's account linked to this PractitionerRole; the person then replaces the one-time
     * password by {@link #PASSWORD}, as at a first login.
     */
    void createProfessional(String login, String practitionerRole, String displayName) {
        JsonNode created = Http.expectJson(
                post(
                        "admin",
                        DuiServer.ADMIN_PASSWORD,
                        "/admin/comptes",
                        Map.of(
                                "username", login,
                                "kind", "PROFESSIONAL",
                                "fhirUser", practitionerRole,
                                "displayName", displayName)),
                200,
                201);
        Http.expectJson(
                post(
                        login,
                        created.path("motDePasseProvisoire").asText(),
                        "/admin/mot-de-passe",
                        Map.of("nouveau", PASSWORD)),
                200,
                204);
    }

    private java.net.http.HttpResponse<String> post(String user, String password, String path, Object body) {
        return Http.send(HttpRequest.newBuilder(Http.uri(server.issuer() + path))
                .header("Authorization", Http.basic(user, password))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Http.json(body))));
    }

    static List<String> scopes(String scopes) {
        return List.of(scopes.split(" "));
    }
}
