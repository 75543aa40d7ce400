package fr.dui.profiles;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** The FHIR packages the DUI data model is made of, installed into the server at startup in this order. */
public final class DuiPackages {

    /** Version of the DUI's own packages (the guide's version in {@code ig/sushi-config.yaml}). */
    public static final String DUI_VERSION = "0.1.0";

    /** FR Core, the French base profiles (Interop'Santé); the ANS medico-social guides build on 2.1.0. */
    public static final FhirPackageId FR_CORE = new FhirPackageId("hl7.fhir.fr.core", "2.1.0");

    /** The DUI's code systems and value sets (terminology module). */
    public static final FhirPackageId DUI_TERMINOLOGY = new FhirPackageId("fr.dui.terminology", DUI_VERSION);

    /** The DUI's profiles, extensions, search parameters and examples (this module). */
    public static final FhirPackageId DUI_IG = new FhirPackageId("fr.dui.ig", DUI_VERSION);

    /** In installation order: a package comes after those it depends on. */
    public static final List<FhirPackageId> REQUIRED = List.of(FR_CORE, DUI_TERMINOLOGY, DUI_IG);

    private static final ClasspathFhirPackage TERMINOLOGY =
            new ClasspathFhirPackage("fr/dui/terminology/packages/fr.dui.terminology/package");
    private static final ClasspathFhirPackage IG =
            new ClasspathFhirPackage("fr/dui/profiles/packages/fr.dui.ig/package");

    private DuiPackages() {}

    /** Whether the package is one of the DUI's own: those only ever come from the jar, never from a cache. */
    public static boolean isOwn(FhirPackageId id) {
        return id.equals(DUI_TERMINOLOGY) || id.equals(DUI_IG);
    }

    /**
     * The copy of a package shipped inside the DUI, as a {@code .tgz}: the DUI's own packages, and FR Core (CC0-1.0)
     * so that a server with no package cache and no Internet access still starts.
     */
    public static Optional<InputStream> bundled(FhirPackageId id) {
        if (id.equals(DUI_TERMINOLOGY)) {
            return Optional.of(TERMINOLOGY.tgzStream());
        }
        if (id.equals(DUI_IG)) {
            return Optional.of(IG.tgzStream());
        }
        return Optional.ofNullable(
                DuiPackages.class.getResourceAsStream("packages/" + id.name() + "-" + id.version() + ".tgz"));
    }

    /** The DUI guide's package, to read its examples and definitions. */
    public static ClasspathFhirPackage guide() {
        return IG;
    }

    /** The DUI terminology package. */
    public static ClasspathFhirPackage terminology() {
        return TERMINOLOGY;
    }
}
