package fr.dui.server.platform.fhir;

/** A plain HAPI provider of ours (FHIR operations such as {@code $bris-de-glace}), registered on the FHIR server. */
public interface OperationProvider {}
