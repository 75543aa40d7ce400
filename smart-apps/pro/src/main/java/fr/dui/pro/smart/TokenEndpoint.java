package fr.dui.pro.smart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.pro.settings.ProSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The DUI's token endpoint, as a confidential client ({@code client_secret_basic}). */
@Component
class TokenEndpoint {

    private final ProSettings settings;
    private final SmartDiscovery discovery;
    private final HttpClient http;
    private final ObjectMapper json;

    TokenEndpoint(ProSettings settings, SmartDiscovery discovery, HttpClient http, ObjectMapper json) {
        this.settings = settings;
        this.discovery = discovery;
        this.http = http;
        this.json = json;
    }

    TokenResponse exchange(String code, String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", settings.redirectUri());
        form.put("code_verifier", codeVerifier);
        return post(form);
    }

    TokenResponse refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return post(form);
    }

    private TokenResponse post(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        String credentials = Base64.getEncoder()
                .encodeToString((enc(settings.clientId()) + ":" + enc(settings.clientSecret()))
                        .getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(discovery.endpoints().tokenEndpoint()))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "application/json")
                            .header("Authorization", "Basic " + credentials)
                            .timeout(Duration.ofSeconds(15))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = json.readTree(response.body());
            if (response.statusCode() != 200 || !answer.hasNonNull("access_token")) {
                throw new LaunchRefusedException("Le DUI n'a pas délivré d'accès à l'application ("
                        + answer.path("error").asText("réponse " + response.statusCode()) + ").");
            }
            return TokenResponse.of(answer);
        } catch (IOException e) {
            throw new DuiUnavailableException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DuiUnavailableException("interrompu");
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
