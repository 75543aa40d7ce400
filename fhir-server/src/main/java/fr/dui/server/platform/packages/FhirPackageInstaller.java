package fr.dui.server.platform.packages;

import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import ca.uhn.fhir.jpa.packages.PackageInstallationSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.profiles.FhirPackageId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Installs the FHIR packages the DUI builds on (their profiles, extensions, value sets and code systems become
 * resources of the server and feed its validator) once the HAPI context is built and before the server accepts
 * requests. A package whose content is already installed is not installed again.
 */
public class FhirPackageInstaller implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FhirPackageInstaller.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** HAPI's default conformance types, plus the evaluation grids (Questionnaire) the DUI publishes. */
    private static final List<String> INSTALLED_TYPES = List.of(
            "NamingSystem",
            "CodeSystem",
            "ValueSet",
            "StructureDefinition",
            "ConceptMap",
            "SearchParameter",
            "Questionnaire");

    private final List<FhirPackageId> packages;
    private final FhirPackageSource source;
    private final IPackageInstallerSvc installer;
    private final InstalledPackageLedger ledger;
    private final Runnable beforeInstalling;
    private final List<InstalledGuide> installed = new ArrayList<>();

    public FhirPackageInstaller(
            List<FhirPackageId> packages,
            FhirPackageSource source,
            IPackageInstallerSvc installer,
            InstalledPackageLedger ledger,
            Runnable beforeInstalling) {
        this.packages = List.copyOf(packages);
        this.source = source;
        this.installer = installer;
        this.ledger = ledger;
        this.beforeInstalling = beforeInstalling;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (FhirPackageId id : packages) {
            FhirPackage pkg = source.load(id);
            NpmPackage npm = parse(pkg);
            String sha256 = pkg.sha256();
            if (ledger.isInstalled(id, sha256)) {
                log.info("FHIR package {} already installed (from {})", id, pkg.origin());
            } else {
                beforeInstalling.run();
                long start = System.nanoTime();
                installer.install(new PackageInstallationSpec()
                        .setName(id.name())
                        .setVersion(id.version())
                        .setPackageContents(pkg.tgz())
                        .setFetchDependencies(false)
                        .addInstallResourceTypes(INSTALLED_TYPES.toArray(String[]::new))
                        .setInstallMode(PackageInstallationSpec.InstallModeEnum.STORE_AND_INSTALL));
                ledger.recordInstalled(id, sha256);
                log.info(
                        "FHIR package {} installed from {} in {} ms",
                        id,
                        pkg.origin(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            installed.add(new InstalledGuide(id, guideUrl(npm), pkg.origin()));
        }
    }

    /** The packages installed at startup, in installation order. */
    public List<InstalledGuide> installed() {
        return List.copyOf(installed);
    }

    private static NpmPackage parse(FhirPackage pkg) {
        try {
            NpmPackage npm = NpmPackage.fromPackage(new ByteArrayInputStream(pkg.tgz()), pkg.origin());
            if (!pkg.id().name().equals(npm.name()) || !pkg.id().version().equals(npm.version())) {
                throw new IllegalStateException("The archive " + pkg.origin() + " holds " + npm.name() + "#"
                        + npm.version() + ", not " + pkg.id());
            }
            return npm;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable FHIR package " + pkg.origin(), e);
        }
    }

    /** The url of the package's ImplementationGuide resource, or the conventional one built on its canonical. */
    private static String guideUrl(NpmPackage npm) {
        try {
            for (String file : npm.listResources("ImplementationGuide")) {
                try (InputStream in = npm.loadResource(file)) {
                    JsonNode url = JSON.readTree(in).get("url");
                    if (url != null && url.isTextual()) {
                        return url.asText();
                    }
                }
            }
        } catch (IOException e) {
            log.warn("Could not read the ImplementationGuide of {}: {}", npm.name(), e.toString());
        }
        return npm.canonical() + "/ImplementationGuide/" + npm.name();
    }
}
