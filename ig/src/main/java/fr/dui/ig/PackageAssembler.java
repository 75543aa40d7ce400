package fr.dui.ig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Splits SUSHI's output into the two FHIR packages the DUI ships, each written as a package folder (with its
 * {@code package.json} and {@code .index.json}) into the resources of its Maven module:
 *
 * <ul>
 *   <li>{@code fr.dui.terminology} (terminology module): CodeSystem, ValueSet, NamingSystem, ConceptMap;
 *   <li>{@code fr.dui.ig} (profiles module): every other conformance resource (StructureDefinition, SearchParameter,
 *       Questionnaire, ImplementationGuide...), and the examples under {@code package/example/}.
 * </ul>
 *
 * Usage: {@code PackageAssembler <fsh-generated/resources> <profiles resources> <terminology resources>}. The
 * output is deterministic: the same FSH gives the same files, so CI can compare it with what is committed.
 */
public final class PackageAssembler {

    static final String IG_PACKAGE = "fr.dui.ig";
    static final String TERMINOLOGY_PACKAGE = "fr.dui.terminology";
    static final String PROFILES_FOLDER = "fr/dui/profiles/packages/" + IG_PACKAGE + "/package";
    static final String TERMINOLOGY_FOLDER = "fr/dui/terminology/packages/" + TERMINOLOGY_PACKAGE + "/package";

    private static final Set<String> TERMINOLOGY_TYPES = Set.of("CodeSystem", "ValueSet", "NamingSystem", "ConceptMap");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PackageAssembler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: PackageAssembler <generated> <profiles res> <terminology res>");
        }
        Path generated = Path.of(args[0]);
        Path igFolder = Path.of(args[1]).resolve(PROFILES_FOLDER);
        Path terminologyFolder = Path.of(args[2]).resolve(TERMINOLOGY_FOLDER);

        List<Path> files;
        try (Stream<Path> list = Files.list(generated)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        JsonNode guide = null;
        for (Path file : files) {
            JsonNode resource = JSON.readTree(file.toFile());
            if ("ImplementationGuide".equals(resource.path("resourceType").asText())) {
                guide = resource;
            }
        }
        if (guide == null) {
            throw new IllegalStateException("No ImplementationGuide in " + generated);
        }
        Set<String> examples = examples(guide);
        String version = guide.path("version").asText();

        recreate(igFolder);
        recreate(terminologyFolder);
        List<JsonNode> igIndex = new ArrayList<>();
        List<JsonNode> exampleIndex = new ArrayList<>();
        List<JsonNode> terminologyIndex = new ArrayList<>();
        for (Path file : files) {
            JsonNode resource = JSON.readTree(file.toFile());
            String type = resource.path("resourceType").asText();
            String key = type + "/" + resource.path("id").asText();
            String name = file.getFileName().toString();
            if (examples.contains(key)) {
                write(igFolder.resolve("example").resolve(name), resource);
                exampleIndex.add(indexEntry(name, resource));
            } else if (TERMINOLOGY_TYPES.contains(type)) {
                write(terminologyFolder.resolve(name), resource);
                terminologyIndex.add(indexEntry(name, resource));
            } else {
                write(igFolder.resolve(name), resource);
                igIndex.add(indexEntry(name, resource));
            }
        }
        writeIndex(igFolder, igIndex);
        writeIndex(igFolder.resolve("example"), exampleIndex);
        writeIndex(terminologyFolder, terminologyIndex);

        ObjectNode frCoreDependency =
                JSON.createObjectNode().put("hl7.fhir.r4.core", "4.0.1").put("hl7.fhir.fr.core", "2.1.0");
        write(
                terminologyFolder.resolve("package.json"),
                packageJson(
                        TERMINOLOGY_PACKAGE,
                        version,
                        "Terminologie du DUI : systèmes de codes et jeux de valeurs",
                        guide,
                        frCoreDependency.deepCopy()));
        write(
                igFolder.resolve("package.json"),
                packageJson(
                        IG_PACKAGE,
                        version,
                        guide.path("title").asText(),
                        guide,
                        frCoreDependency.deepCopy().put(TERMINOLOGY_PACKAGE, version)));
        System.out.printf(
                "%s: %d resources and %d examples; %s: %d resources%n",
                IG_PACKAGE, igIndex.size(), exampleIndex.size(), TERMINOLOGY_PACKAGE, terminologyIndex.size());
    }

    /** The resources the guide declares as examples. */
    private static Set<String> examples(JsonNode guide) {
        Set<String> examples = new HashSet<>();
        for (JsonNode resource : guide.path("definition").path("resource")) {
            boolean example = resource.path("exampleBoolean").asBoolean(false) || resource.has("exampleCanonical");
            if (example) {
                examples.add(resource.path("reference").path("reference").asText());
            }
        }
        return examples;
    }

    private static ObjectNode packageJson(
            String name, String version, String title, JsonNode guide, ObjectNode dependencies) {
        ObjectNode pkg = JSON.createObjectNode();
        pkg.put("name", name);
        pkg.put("version", version);
        pkg.put("type", "IG");
        pkg.put("title", title);
        pkg.put("canonical", guide.path("url").asText().replaceAll("/ImplementationGuide/.*$", ""));
        pkg.put("license", guide.path("license").asText("Apache-2.0"));
        pkg.put("author", guide.path("publisher").asText());
        pkg.putArray("fhirVersions").add("4.0.1");
        pkg.set("dependencies", dependencies);
        pkg.put("jurisdiction", "urn:iso:std:iso:3166#FR");
        return pkg;
    }

    private static ObjectNode indexEntry(String filename, JsonNode resource) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("filename", filename);
        entry.put("resourceType", resource.path("resourceType").asText());
        entry.put("id", resource.path("id").asText());
        for (String field : List.of("url", "version", "kind", "type")) {
            if (resource.path(field).isTextual()) {
                entry.put(field, resource.path(field).asText());
            }
        }
        return entry;
    }

    private static void writeIndex(Path folder, List<JsonNode> entries) throws IOException {
        ObjectNode index = JSON.createObjectNode();
        index.put("index-version", 1);
        ArrayNode files = index.putArray("files");
        entries.forEach(files::add);
        write(folder.resolve(".index.json"), index);
    }

    private static void write(Path file, JsonNode json) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(json) + "\n");
    }

    private static void recreate(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount())
                        .toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder);
    }
}
