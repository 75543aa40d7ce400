package fr.dui.server.reporting;

import ca.uhn.fhir.batch2.jobs.export.BulkDataExportProvider;
import fr.dui.server.platform.fhir.OperationProvider;

/**
 * FHIR Bulk Data export ({@code $export} on the server, on {@code Patient} and on a {@code Group}, then {@code
 * $export-poll-status}), HAPI's implementation: for the reporting and transfer tools that connect as SMART backend
 * services. Who may start an export, and of which types, is decided by the access rules ({@code
 * SmartScopeAuthorization}); the export job itself runs inside the server and reads everything it was allowed to.
 */
public class BulkExport extends BulkDataExportProvider implements OperationProvider {}
