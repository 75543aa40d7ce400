package fr.dui.profiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A FHIR package kept unpacked on the classpath ({@code <folder>/package.json}, {@code <folder>/.index.json}, the
 * resources it lists, and {@code example/} likewise), as the DUI modules ship theirs: readable files in the
 * repository, an archive on demand.
 */
public final class ClasspathFhirPackage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String folder;

    /** @param folder the classpath folder that holds {@code package.json}, e.g. {@code fr/dui/profiles/.../package} */
    public ClasspathFhirPackage(String folder) {
        this.folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    }

    public boolean exists() {
        return resource("package.json").isPresent();
    }

    /** The files of the package (not its examples), from its index. */
    public List<String> files() {
        return listed("");
    }

    /** The example files, from {@code example/.index.json}. */
    public List<String> examples() {
        return listed("example/");
    }

    /** The text of a file of the package, {@code example/...} included. */
    public String read(String path) {
        try (InputStream in = resource(path).orElseThrow(() -> new IllegalStateException(folder + "/" + path))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package as a {@code .tgz}, entries under {@code package/}, in index order. */
    public byte[] tgz() {
        List<String> entries = new ArrayList<>();
        entries.add("package.json");
        entries.add(".index.json");
        entries.addAll(files());
        if (resource("example/.index.json").isPresent()) {
            entries.add("example/.index.json");
            entries.addAll(examples());
        }
        Map<String, byte[]> content = new LinkedHashMap<>();
        for (String path : entries) {
            content.put("package/" + path, read(path).getBytes(StandardCharsets.UTF_8));
        }
        return FhirPackageArchive.pack(content);
    }

    public InputStream tgzStream() {
        return new ByteArrayInputStream(tgz());
    }

    private List<String> listed(String prefix) {
        Optional<InputStream> index = resource(prefix + ".index.json");
        if (index.isEmpty()) {
            return List.of();
        }
        try (InputStream in = index.get()) {
            List<String> files = new ArrayList<>();
            for (JsonNode file : JSON.readTree(in).path("files")) {
                files.add(prefix + file.path("filename").asText());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<InputStream> resource(String path) {
        return Optional.ofNullable(
                ClasspathFhirPackage.class.getClassLoader().getResourceAsStream(folder + "/" + path));
    }
}
