package fr.dui.server.platform.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.profiles.ClasspathFhirPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which profiles a resource of each type may declare to be stored: the resource profiles of the DUI guide (read from
 * its package index), plus the FR Core vital-sign profiles for Observation. A resource type with no entry is not
 * governed by the DUI (Binary, Bundle, Questionnaire...).
 */
public final class ProfileRegistry {

    /** FR Core vital signs: the DUI stores constants as FR Core defines them. */
    static final List<String> FR_CORE_VITAL_SIGNS = List.of(
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-observation-bp",
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-observation-heartrate",
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-observation-body-temperature",
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-observation-body-weight",
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-observation-body-height",
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-observation-bmi",
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-observation-resp-rate",
            "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-observation-saturation-oxygen");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Set<String>> byType;

    ProfileRegistry(Map<String, Set<String>> byType) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        byType.forEach((type, urls) -> copy.put(type, Collections.unmodifiableSet(new LinkedHashSet<>(urls))));
        this.byType = Collections.unmodifiableMap(copy);
    }

    /** Reads the resource profiles of a package from its {@code .index.json}. */
    public static ProfileRegistry fromPackage(ClasspathFhirPackage guide) {
        Map<String, Set<String>> byType = new LinkedHashMap<>();
        try {
            JsonNode index = JSON.readTree(guide.read(".index.json"));
            for (JsonNode file : index.path("files")) {
                if ("StructureDefinition".equals(file.path("resourceType").asText())
                        && "resource".equals(file.path("kind").asText())) {
                    byType.computeIfAbsent(file.path("type").asText(), t -> new LinkedHashSet<>())
                            .add(file.path("url").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byType.computeIfAbsent("Observation", t -> new LinkedHashSet<>()).addAll(FR_CORE_VITAL_SIGNS);
        return new ProfileRegistry(byType);
    }

    /** The profiles a resource of this type may declare; empty when the type is not governed by the DUI. */
    public Set<String> allowedProfiles(String resourceType) {
        return byType.getOrDefault(resourceType, Set.of());
    }

    public Set<String> governedTypes() {
        return byType.keySet();
    }
}
