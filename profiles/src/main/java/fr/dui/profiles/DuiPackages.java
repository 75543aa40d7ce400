package fr.dui.profiles;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** The FHIR packages the DUI data model is built on, installed into the server at startup. */
public final class DuiPackages {

    /** FR Core, the French base profiles (Interop'Santé); the ANS medico-social guides build on 2.1.0. */
    public static final FhirPackageId FR_CORE = new FhirPackageId("hl7.fhir.fr.core", "2.1.0");

    /** In installation order: a package comes after those it depends on. */
    public static final List<FhirPackageId> REQUIRED = List.of(FR_CORE);

    private DuiPackages() {}

    /**
     * The copy of a package shipped inside this jar, if any: FR Core (CC0-1.0) is, so that a server with no
     * package cache and no Internet access still starts.
     */
    public static Optional<InputStream> bundled(FhirPackageId id) {
        return Optional.ofNullable(
                DuiPackages.class.getResourceAsStream("packages/" + id.name() + "-" + id.version() + ".tgz"));
    }
}
