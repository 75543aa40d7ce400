package fr.dui.server.platform.packages;

import fr.dui.profiles.FhirPackageId;

/**
 * A FHIR package installed into the server, and the implementation guide it publishes.
 *
 * @param id package name and version
 * @param guideUrl canonical URL of the package's ImplementationGuide (declared in the CapabilityStatement)
 * @param origin where the package was read from
 */
public record InstalledGuide(FhirPackageId id, String guideUrl, String origin) {}
