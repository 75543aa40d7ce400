package fr.dui.server.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The FHIR package cache the tests use: {@code ../shared/fhir-packages} (FR Core 2.1.0), as CI provides it. */
public final class TestPackages {

    public static final String PROPERTY = "dui.test.package-cache";

    private TestPackages() {}

    public static Path cacheDir() {
        String configured = System.getProperty(PROPERTY);
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "fhir-packages");
        dir = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("FHIR package cache for tests not found: " + dir + " (set -D" + PROPERTY
                    + " to the folder that holds hl7.fhir.fr.core-2.1.0.tgz)");
        }
        return dir;
    }
}
