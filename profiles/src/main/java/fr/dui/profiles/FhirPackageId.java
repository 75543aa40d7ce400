package fr.dui.profiles;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The coordinates of a FHIR NPM package: its name and exact version ({@code hl7.fhir.fr.core#2.1.0}).
 */
public record FhirPackageId(String name, String version) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+-]*");

    public FhirPackageId {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid FHIR package name: " + name);
        }
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("Invalid FHIR package version: " + version);
        }
    }

    /** Parses {@code name#version}. */
    public static FhirPackageId parse(String coordinates) {
        int hash = coordinates.indexOf('#');
        if (hash < 1 || hash == coordinates.length() - 1) {
            throw new IllegalArgumentException("Expected name#version, got: " + coordinates);
        }
        return new FhirPackageId(coordinates.substring(0, hash), coordinates.substring(hash + 1));
    }

    @Override
    public String toString() {
        return name + "#" + version;
    }
}
