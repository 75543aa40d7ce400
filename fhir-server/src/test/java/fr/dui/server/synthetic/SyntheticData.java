package fr.dui.server.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.server.support.SharedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A synthetic population in the shared test server, seen over HTTP: what it holds of it (by its meta.tag), type by
 * type, and its removal once a test is done, so that the other test classes find the server as they expect it.
 */
final class SyntheticData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticData() {}

    static Map<String, Integer> stored(SharedServer server, String populationKey, Iterable<String> types) {
        Map<String, Integer> counts = new TreeMap<>();
        String tag = URLEncoder.encode(SyntheticIds.TAG_SYSTEM + "|" + populationKey, StandardCharsets.UTF_8);
        for (String type : types) {
            HttpResponse<String> response = server.raw().get("/fhir/" + type + "?_tag=" + tag + "&_summary=count");
            if (response.statusCode() != 200) {
                throw new AssertionError(type + " count: " + response.statusCode() + " " + response.body());
            }
            try {
                counts.put(type, JSON.readTree(response.body()).path("total").asInt());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return counts;
    }

    /** Deletes every resource of the population, in one transaction (references between them do not block it). */
    static void delete(SharedServer server, SyntheticPopulation population) {
        Bundle deletion = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (Batch batch : population) {
            batch.bundle()
                    .getEntry()
                    .forEach(e -> deletion.addEntry()
                            .getRequest()
                            .setMethod(Bundle.HTTPVerb.DELETE)
                            .setUrl(e.getRequest().getUrl()));
        }
        HttpResponse<String> response = server.raw()
                .post(
                        "/fhir",
                        "application/fhir+json",
                        server.fhirContext().newJsonParser().encodeResourceToString(deletion));
        if (response.statusCode() != 200) {
            throw new AssertionError("Not deleted: " + response.statusCode() + " " + response.body());
        }
    }
}
