package fr.dui.ig;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import fr.dui.profiles.DuiPackages;
import fr.dui.profiles.FhirPackageArchive;
import fr.dui.profiles.FhirPackageId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Prepares, for an offline SUSHI, a FHIR package cache ({@code <home>/.fhir/packages}) with the packages the DUI
 * guide depends on:
 *
 * <ul>
 *   <li>{@code hl7.fhir.r4.core#4.0.1}, which no registry reachable from here serves: it is rebuilt from the R4
 *       definitions HAPI publishes on Maven Central ({@code hapi-fhir-validation-resources-r4}), one JSON file per
 *       resource plus a {@code package.json};
 *   <li>{@code hl7.fhir.fr.core#2.1.0}, unpacked from the copy the profiles module ships.
 * </ul>
 *
 * Usage: {@code SushiPackageCache <home>}. A package already in the cache is left as is.
 */
public final class SushiPackageCache {

    private static final List<String> R4_BUNDLES = List.of(
            "/org/hl7/fhir/r4/model/profile/profiles-resources.xml",
            "/org/hl7/fhir/r4/model/profile/profiles-types.xml",
            "/org/hl7/fhir/r4/model/profile/profiles-others.xml",
            "/org/hl7/fhir/r4/model/extension/extension-definitions.xml",
            "/org/hl7/fhir/r4/model/valueset/valuesets.xml",
            "/org/hl7/fhir/r4/model/valueset/v2-tables.xml",
            "/org/hl7/fhir/r4/model/valueset/v3-codesystems.xml",
            "/org/hl7/fhir/r4/model/sp/search-parameters.json");

    private SushiPackageCache() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: SushiPackageCache <home>");
        }
        Path packages = Path.of(args[0]).resolve(".fhir").resolve("packages");
        writeR4Core(packages.resolve("hl7.fhir.r4.core#4.0.1").resolve("package"));
        unpack(DuiPackages.FR_CORE, packages);
    }

    static void writeR4Core(Path folder) throws IOException {
        if (Files.isRegularFile(folder.resolve("package.json"))) {
            System.out.println("hl7.fhir.r4.core#4.0.1 already in " + folder);
            return;
        }
        Files.createDirectories(folder);
        FhirContext ctx = FhirContext.forR4Cached();
        IParser json = ctx.newJsonParser();
        int count = 0;
        for (String bundlePath : R4_BUNDLES) {
            IParser parser = bundlePath.endsWith(".json") ? ctx.newJsonParser() : ctx.newXmlParser();
            try (InputStream in = SushiPackageCache.class.getResourceAsStream(bundlePath)) {
                if (in == null) {
                    throw new IllegalStateException("Not on the classpath: " + bundlePath);
                }
                Bundle bundle = parser.parseResource(Bundle.class, new InputStreamReader(in, StandardCharsets.UTF_8));
                for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                    Resource resource = entry.getResource();
                    if (resource == null || !resource.hasIdElement()) {
                        continue;
                    }
                    String name =
                            resource.fhirType() + "-" + resource.getIdElement().getIdPart() + ".json";
                    Files.writeString(folder.resolve(name), json.encodeResourceToString((IBaseResource) resource));
                    count++;
                }
            }
        }
        Files.writeString(folder.resolve("package.json"), """
                {
                  "name": "hl7.fhir.r4.core",
                  "version": "4.0.1",
                  "type": "Core",
                  "fhirVersions": ["4.0.1"],
                  "description": "FHIR R4 core definitions, rebuilt from ca.uhn.hapi.fhir:hapi-fhir-validation-resources-r4",
                  "canonical": "http://hl7.org/fhir",
                  "url": "http://hl7.org/fhir/R4",
                  "dependencies": {}
                }
                """);
        System.out.println("hl7.fhir.r4.core#4.0.1: " + count + " resources written to " + folder);
    }

    static void unpack(FhirPackageId id, Path packages) throws IOException {
        Path target = packages.resolve(id.toString()).toAbsolutePath().normalize();
        if (Files.isRegularFile(target.resolve("package").resolve("package.json"))) {
            System.out.println(id + " already in " + target);
            return;
        }
        try (InputStream tgz = DuiPackages.bundled(id)
                .orElseThrow(() -> new IllegalStateException(id + " is not shipped with the profiles module"))) {
            FhirPackageArchive.unpack(tgz, target);
        }
        System.out.println(id + " unpacked to " + target);
    }
}
