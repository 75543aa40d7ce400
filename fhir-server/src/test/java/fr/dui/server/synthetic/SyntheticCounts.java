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

/** Counts what the server holds of one synthetic population (its meta.tag), type by type, over HTTP. */
final class SyntheticCounts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticCounts() {}

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
}
