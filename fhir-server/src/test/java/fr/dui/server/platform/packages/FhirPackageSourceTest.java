package fr.dui.server.platform.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import fr.dui.profiles.DuiPackages;
import fr.dui.profiles.FhirPackageArchive;
import fr.dui.profiles.FhirPackageId;
import fr.dui.server.support.TestPackages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirPackageSourceTest {

    private static final FhirPackageId FR_CORE = DuiPackages.FR_CORE;
    private static final URI NO_REGISTRY = URI.create("http://127.0.0.1:9/");

    @TempDir
    Path cache;

    @Test
    void readsAnArchiveFromTheCacheFolder() throws IOException {
        Files.copy(frCoreArchive(), cache.resolve("hl7.fhir.fr.core-2.1.0.tgz"));

        FhirPackage pkg = source(false).load(FR_CORE);

        assertThat(pkg.origin())
                .isEqualTo(cache.resolve("hl7.fhir.fr.core-2.1.0.tgz").toString());
        assertThat(pkg.tgz()).isEqualTo(Files.readAllBytes(frCoreArchive()));
    }

    @Test
    void readsAnUnpackedPackageInTheUsualCacheLayout() throws IOException {
        unpack(Files.readAllBytes(frCoreArchive()), cache.resolve("hl7.fhir.fr.core#2.1.0"));

        FhirPackage pkg = source(false).load(FR_CORE);
        FhirPackage again = source(false).load(FR_CORE);

        assertThat(pkg.origin()).endsWith("hl7.fhir.fr.core#2.1.0/package");
        NpmPackage npm = NpmPackage.fromPackage(new ByteArrayInputStream(pkg.tgz()), "test");
        assertThat(npm.name()).isEqualTo("hl7.fhir.fr.core");
        assertThat(npm.listResources("StructureDefinition")).hasSize(63);
        assertThat(again.sha256()).as("the same folder gives the same archive").isEqualTo(pkg.sha256());
    }

    @Test
    void downloadsFromTheRegistryAndKeepsTheDownloadInTheCache() throws IOException {
        byte[] archive = Files.readAllBytes(frCoreArchive());
        HttpServer registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        registry.createContext("/hl7.fhir.fr.core/2.1.0", exchange -> {
            exchange.sendResponseHeaders(200, archive.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(archive);
            }
        });
        registry.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + registry.getAddress().getPort() + "/");
            FhirPackage pkg = new FhirPackageSource(new PackageSettings(cache, url, true)).load(FR_CORE);

            assertThat(pkg.origin()).startsWith(url.toString());
            assertThat(cache.resolve("hl7.fhir.fr.core#2.1.0/package/package.json"))
                    .exists();
            assertThat(source(false).load(FR_CORE).origin())
                    .as("next time from the cache")
                    .startsWith(cache.toString());
        } finally {
            registry.stop(0);
        }
    }

    @Test
    void fallsBackToTheCopyShippedWithTheDui() {
        FhirPackage pkg = source(false).load(FR_CORE);

        assertThat(pkg.origin()).isEqualTo("copy shipped with the DUI");
    }

    @Test
    void saysWhereItLookedWhenAPackageIsNowhere() {
        FhirPackageId unknown = new FhirPackageId("ans.fr.inexistant", "9.9.9");

        assertThatThrownBy(() -> source(false).load(unknown))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(cache.toString())
                .hasMessageContaining("dui.packages.download=false")
                .hasMessageContaining("ans.fr.inexistant-9.9.9.tgz");
    }

    private FhirPackageSource source(boolean download) {
        return new FhirPackageSource(new PackageSettings(cache, NO_REGISTRY, download));
    }

    private static Path frCoreArchive() {
        return TestPackages.cacheDir().resolve("hl7.fhir.fr.core-2.1.0.tgz");
    }

    private static void unpack(byte[] tgz, Path target) throws IOException {
        FhirPackageArchive.unpack(new ByteArrayInputStream(tgz), target);
    }
}
