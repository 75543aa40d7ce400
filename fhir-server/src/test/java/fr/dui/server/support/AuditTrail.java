package fr.dui.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** The audit trail as an auditor reads it: a new backend client with the scope {@code system/AuditEvent.rs}. */
public final class AuditTrail {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RawHttp auditor;

    public AuditTrail(SharedServer server) {
        BackendClient client = new BackendClient("it-auditeur-" + UUID.randomUUID(), List.of("system/AuditEvent.rs"))
                .registeredOn(server);
        this.auditor = server.raw(client.accessToken(server.issuer(), "system/AuditEvent.rs"));
    }

    /** Plain HTTP with the auditor's token. */
    public RawHttp http() {
        return auditor;
    }

    /** The events a search returns, once the writer has caught up with the condition (15 seconds at most). */
    public List<JsonNode> await(String search, Predicate<List<JsonNode>> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<JsonNode> events = List.of();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = auditor.get(search);
            if (response.statusCode() != 200) {
                throw new AssertionError("The trail answered " + response.statusCode() + ": " + response.body());
            }
            events = new ArrayList<>();
            for (JsonNode entry : JSON.readTree(response.body()).path("entry")) {
                events.add(entry.path("resource"));
            }
            if (ready.test(events)) {
                return events;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The trail did not show the expected events for " + search + ": " + events);
    }
}
