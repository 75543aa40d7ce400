package fr.dui.server.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.profiles.DuiPackages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The resource profiles the DUI guide defines, read from its package index. */
final class ProfileRegistryAccess {

    private ProfileRegistryAccess() {}

    static List<String> duiResourceProfiles() {
        try {
            JsonNode index = new ObjectMapper().readTree(DuiPackages.guide().read(".index.json"));
            List<String> urls = new ArrayList<>();
            for (JsonNode file : index.path("files")) {
                if ("StructureDefinition".equals(file.path("resourceType").asText())
                        && "resource".equals(file.path("kind").asText())) {
                    urls.add(file.path("url").asText());
                }
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
