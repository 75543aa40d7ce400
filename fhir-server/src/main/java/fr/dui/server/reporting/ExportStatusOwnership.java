package fr.dui.server.reporting;

import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.batch2.model.JobInstance;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fr.dui.server.platform.errors.DuiError;
import fr.dui.server.platform.errors.DuiRequestException;
import fr.dui.server.platform.fhir.RestInterceptor;

/**
 * {@code $export-poll-status} (and its {@code DELETE}, which cancels) answers only the app that started the export
 * ({@link ExportOwnership}); to another app the export does not exist (404, as for an unknown job id), so that a job
 * id seen elsewhere opens nothing.
 */
@Interceptor
public class ExportStatusOwnership implements RestInterceptor {

    private static final String POLL = "$export-poll-status";
    private static final String JOB_ID = "_jobId";

    private final IJobCoordinator jobs;

    public ExportStatusOwnership(IJobCoordinator jobs) {
        this.jobs = jobs;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void check(RequestDetails request) {
        if (request == null || !POLL.equals(request.getOperation())) {
            return;
        }
        String[] ids = request.getParameters().get(JOB_ID);
        if (ids == null || ids.length != 1 || ids[0] == null || ids[0].isBlank()) {
            return; // HAPI answers a missing job id
        }
        JobInstance job;
        try {
            job = jobs.getInstance(ids[0]);
        } catch (ResourceNotFoundException unknown) {
            return; // HAPI answers 404 itself
        }
        BulkExportJobParameters export = job.getParameters(BulkExportJobParameters.class);
        if (export == null || !ExportOwnership.CLIENT.equals(export.getBinarySecurityContextIdentifierSystem())) {
            return; // started by the server itself
        }
        if (ExportOwnership.clientOfTheCaller()
                .filter(export.getBinarySecurityContextIdentifierValue()::equals)
                .isEmpty()) {
            throw new DuiRequestException(DuiError.RESOURCE_NOT_FOUND, "Export inconnu : " + ids[0]);
        }
    }
}
