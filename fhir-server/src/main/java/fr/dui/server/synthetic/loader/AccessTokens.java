package fr.dui.server.synthetic.loader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

/**
 * Access tokens of a {@code service} client ({@code client_credentials} with its secret, HTTP Basic), asked again
 * a little before they expire so that a long load never sends an expired one.
 */
final class AccessTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String basic;
    private final String scope;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    AccessTokens(HttpClient http, String baseUrl, String clientId, String secret, String scope, Clock clock) {
        this.http = http;
        this.tokenEndpoint = URI.create(baseUrl + "/oauth2/token");
        this.basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((enc(clientId) + ":" + enc(secret)).getBytes(StandardCharsets.UTF_8));
        this.scope = scope;
        this.clock = clock;
    }

    synchronized String current() throws IOException, InterruptedException {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(tokenEndpoint)
                            .header("Authorization", basic)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "grant_type=client_credentials&scope=" + enc(scope)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LoadFailure("Jeton d'accès refusé par " + tokenEndpoint + " (" + response.statusCode()
                        + ") : vérifiez l'identifiant du client, son secret et ses portées. " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            token = body.path("access_token").asText();
            long lifetime = body.path("expires_in").asLong(300);
            renewAt = clock.instant().plusSeconds(Math.max(5, lifetime - 30));
        }
        return token;
    }

    /** {@code client_secret_basic} encodes the id and the secret as form values (RFC 6749, 2.3.1). */
    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
