package fr.dui.server.platform.packages;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the FHIR packages the DUI builds on (FR Core...) are found at startup.
 *
 * @param cacheDir a FHIR package cache folder ({@code DUI_PACKAGES_CACHE_DIR}): packages as
 *     {@code <name>#<version>/package/} folders (the layout of {@code ~/.fhir/packages}) or as
 *     {@code <name>-<version>.tgz} / {@code <name>#<version>.tgz} archives
 * @param registry the FHIR package registry used when a package is not in the cache
 * @param download whether a missing package may be downloaded from the registry (off for air-gapped servers)
 */
@Validated
@ConfigurationProperties("dui.packages")
public record PackageSettings(
        @NotNull @DefaultValue("${user.home}/.fhir/packages")
        Path cacheDir,

        @NotNull @DefaultValue("https://packages.fhir.org") URI registry,
        @DefaultValue("true") boolean download) {}
