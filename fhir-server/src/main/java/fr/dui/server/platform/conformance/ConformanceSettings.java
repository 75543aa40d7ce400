package fr.dui.server.platform.conformance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Profile enforcement on write.
 *
 * @param enforceProfiles refuse resources that do not declare and follow a DUI profile ({@code
 *     DUI_CONFORMANCE_ENFORCE_PROFILES}); switched off only to measure its cost against plain HAPI
 */
@ConfigurationProperties("dui.conformance")
public record ConformanceSettings(@DefaultValue("true") boolean enforceProfiles) {}
