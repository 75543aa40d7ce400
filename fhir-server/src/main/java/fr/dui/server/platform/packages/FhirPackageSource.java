package fr.dui.server.platform.packages;

import fr.dui.profiles.DuiPackages;
import fr.dui.profiles.FhirPackageArchive;
import fr.dui.profiles.FhirPackageId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the bytes of a FHIR package ({@code .tgz}): first in the package cache folder, then, when allowed, on the
 * FHIR package registry (and keeps the download in the cache folder, in the usual {@code name#version} layout),
 * and last in the copy shipped with the DUI, if there is one. The DUI's own packages always come from the jar.
 */
public class FhirPackageSource {

    private static final Logger log = LoggerFactory.getLogger(FhirPackageSource.class);
    private static final int MAX_PACKAGE_BYTES = 200 * 1024 * 1024;

    private final PackageSettings settings;

    public FhirPackageSource(PackageSettings settings) {
        this.settings = settings;
    }

    /** The package, with where it came from; fails with a message that says where it was looked for. */
    public FhirPackage load(FhirPackageId id) {
        if (DuiPackages.isOwn(id)) {
            // The DUI's own packages are part of the code: always the copy in the jar.
            return bundled(id)
                    .orElseThrow(() -> new IllegalStateException("DUI package " + id + " missing from the jar"));
        }
        return fromCache(id)
                .or(() -> download(id))
                .or(() -> bundled(id))
                .orElseThrow(() -> new IllegalStateException("FHIR package "
                        + id + " not found in " + settings.cacheDir().toAbsolutePath()
                        + (settings.download()
                                ? " nor on " + settings.registry()
                                : " (download from the registry is switched off: dui.packages.download=false)")
                        + ". Put " + id.name() + "-" + id.version() + ".tgz there, or set DUI_PACKAGES_CACHE_DIR."));
    }

    private Optional<FhirPackage> fromCache(FhirPackageId id) {
        Path dir = settings.cacheDir();
        for (Path archive : List.of(dir.resolve(id.name() + "-" + id.version() + ".tgz"), dir.resolve(id + ".tgz"))) {
            if (Files.isRegularFile(archive)) {
                return Optional.of(new FhirPackage(id, read(archive), archive.toString()));
            }
        }
        Path folder = dir.resolve(id.toString()).resolve("package");
        if (Files.isRegularFile(folder.resolve("package.json"))) {
            return Optional.of(new FhirPackage(id, tarFolder(folder), folder.toString()));
        }
        return Optional.empty();
    }

    private static Optional<FhirPackage> bundled(FhirPackageId id) {
        return DuiPackages.bundled(id).map(in -> {
            try (in) {
                return new FhirPackage(id, in.readAllBytes(), "copy shipped with the DUI");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Optional<FhirPackage> download(FhirPackageId id) {
        if (!settings.download()) {
            return Optional.empty();
        }
        String base = settings.registry().toString().replaceAll("/+$", "");
        String url = base + "/" + id.name() + "/" + id.version();
        log.info("FHIR package {} not in the cache, downloading it from {}", id, url);
        try {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(java.net.URI.create(url))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                log.warn("The registry answered {} for {}", response.statusCode(), url);
                return Optional.empty();
            }
            byte[] bytes = response.body();
            keepInCache(id, bytes);
            return Optional.of(new FhirPackage(id, bytes, url));
        } catch (IOException e) {
            log.warn("Could not download {}: {}", url, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Unpacks a downloaded package into {@code <cache>/<name>#<version>/}, as other FHIR tools do. */
    private void keepInCache(FhirPackageId id, byte[] tgz) {
        Path target = settings.cacheDir().resolve(id.toString());
        try {
            FhirPackageArchive.unpack(new ByteArrayInputStream(tgz), target);
        } catch (IOException e) {
            log.warn("Downloaded {} but could not keep it in {}: {}", id, target, e.toString());
        }
    }

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > MAX_PACKAGE_BYTES) {
                throw new IllegalStateException("FHIR package too large: " + file);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds a {@code .tgz} from an unpacked package folder (entries under {@code package/}). */
    private static byte[] tarFolder(Path packageFolder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(packageFolder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name =
                        "package/" + packageFolder.relativize(file).toString().replace('\\', '/');
                files.put(name, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FhirPackageArchive.pack(files);
    }
}
