package fr.dui.pro.smart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.pro.settings.ProSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Reads the DUI's SMART configuration at the first launch (not at startup: the app starts while the DUI is down) and
 * keeps it.
 */
@Component
public class SmartDiscovery {

    private final ProSettings settings;
    private final HttpClient http;
    private final ObjectMapper json;
    private final AtomicReference<SmartEndpoints> endpoints = new AtomicReference<>();

    public SmartDiscovery(ProSettings settings, HttpClient http, ObjectMapper json) {
        this.settings = settings;
        this.http = http;
        this.json = json;
    }

    public SmartEndpoints endpoints() {
        SmartEndpoints known = endpoints.get();
        if (known != null) {
            return known;
        }
        SmartEndpoints discovered = discover();
        endpoints.compareAndSet(null, discovered);
        return discovered;
    }

    private SmartEndpoints discover() {
        URI uri = URI.create(settings.fhirBase() + "/.well-known/smart-configuration");
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new DuiUnavailableException("configuration SMART : réponse " + response.statusCode());
            }
            JsonNode config = json.readTree(response.body());
            String authorize = config.path("authorization_endpoint").asText(null);
            String token = config.path("token_endpoint").asText(null);
            if (authorize == null || token == null) {
                throw new DuiUnavailableException("configuration SMART incomplète");
            }
            return new SmartEndpoints(config.path("issuer").asText(null), authorize, token);
        } catch (IOException e) {
            throw new DuiUnavailableException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DuiUnavailableException("interrompu");
        }
    }
}
