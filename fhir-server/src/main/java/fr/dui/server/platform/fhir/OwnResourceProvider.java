package fr.dui.server.platform.fhir;

import ca.uhn.fhir.rest.server.IResourceProvider;

/**
 * A resource provider of ours that serves its type instead of HAPI's JPA provider (for data that does not live in
 * the FHIR tables, such as the audit trail).
 */
public interface OwnResourceProvider extends IResourceProvider {}
