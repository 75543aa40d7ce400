package fr.dui.pro.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the DUI's own front end does to open an app on a record (README « EHR launch »): with the professional's
 * token (obtained here through a public app, the whole code flow over HTTP), {@code POST Patient/{id}/$smart-launch},
 * then the app's launch URL with {@code iss} and {@code launch}.
 */
final class Launcher {

    static final String CLIENT_ID = "pro-it-lanceur";
    static final String REDIRECT = "http://localhost:9/retour";
    static final String SCOPES = "openid fhirUser user/*.cruds";
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final DuiServer server;

    Launcher(DuiServer server) {
        this.server = server;
    }

    static Map<String, Object> declaration() {
        return Map.of(
                "clientId",
                CLIENT_ID,
                "name",
                "Lanceur des tests (le DUI)",
                "kind",
                "public",
                "redirectUris",
                List.of(REDIRECT),
                "scopes",
                AdminApi.scopes(SCOPES));
    }

    /** The app's EHR launch URL on this usager (and séjour) for this professional. */
    String launchUrl(String appUrl, String login, String patient, String encounter, String appClientId) {
        String token = token(login);
        String body = "{\"resourceType\":\"Parameters\",\"parameter\":["
                + "{\"name\":\"encounter\",\"valueReference\":{\"reference\":\"Encounter/" + encounter + "\"}},"
                + "{\"name\":\"client_id\",\"valueString\":\"" + appClientId + "\"}]}";
        JsonNode launch = Http.expectJson(
                Http.send(HttpRequest.newBuilder(Http.uri(server.fhirBase() + "/Patient/" + patient + "/$smart-launch"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/fhir+json")
                        .header("Accept", "application/fhir+json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))),
                200);
        String value = null;
        for (JsonNode p : launch.path("parameter")) {
            if ("launch".equals(p.path("name").asText())) {
                value = p.path("valueString").asText();
            }
        }
        return appUrl + "/lancement?iss=" + Http.enc(server.fhirBase()) + "&launch=" + Http.enc(value);
    }

    private String token(String login) {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String issuer = server.issuer();
        get(
                browser,
                issuer + "/oauth2/authorize?response_type=code&client_id=" + CLIENT_ID + "&redirect_uri="
                        + Http.enc(REDIRECT) + "&scope=" + Http.enc(SCOPES) + "&state=s&aud="
                        + Http.enc(server.fhirBase())
                        + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256");
        HttpResponse<String> loginPage = get(browser, issuer + "/login");
        List<Map.Entry<String, String>> form = hidden(loginPage.body());
        form.add(Map.entry("username", login));
        form.add(Map.entry("password", AdminApi.PASSWORD));
        HttpResponse<String> loggedIn = post(browser, issuer + "/login", form);
        HttpResponse<String> authorize = get(browser, location(loggedIn, issuer));
        String next = location(authorize, issuer);
        if (!next.startsWith(REDIRECT)) {
            HttpResponse<String> consent = get(browser, next);
            List<Map.Entry<String, String>> grant = hidden(consent.body());
            for (String scope : SCOPES.split(" ")) {
                if (!scope.equals("openid")) {
                    grant.add(Map.entry("scope", scope));
                }
            }
            next = location(post(browser, issuer + "/oauth2/authorize", grant), issuer);
        }
        String code = query(next).get("code");
        HttpResponse<String> token = Http.send(HttpRequest.newBuilder(Http.uri(issuer + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form(Map.of(
                        "grant_type", "authorization_code",
                        "code", code == null ? "" : code,
                        "redirect_uri", REDIRECT,
                        "client_id", CLIENT_ID,
                        "code_verifier", verifier)))));
        return Http.expectJson(token, 200).path("access_token").asText();
    }

    private static HttpResponse<String> get(HttpClient browser, String url) {
        return send(browser, HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html"));
    }

    private static HttpResponse<String> post(HttpClient browser, String url, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(f -> Http.enc(f.getKey()) + "=" + Http.enc(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(
                browser,
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map.Entry<String, String>> hidden(String html) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            String name = m.group(1);
            if (fields.stream().noneMatch(f -> f.getKey().equals(name))) {
                fields.add(Map.entry(name, m.group(2).replace("&amp;", "&")));
            }
        }
        return fields;
    }

    private static String location(HttpResponse<String> response, String base) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("Expected a redirect from " + response.uri() + ", got "
                        + response.statusCode() + ": " + response.body()));
        return location.startsWith("http") ? location : base + location;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new java.util.HashMap<>();
        String raw = URI.create(url).getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
