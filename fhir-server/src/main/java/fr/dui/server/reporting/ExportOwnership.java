package fr.dui.server.reporting;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import ca.uhn.fhir.rest.server.interceptor.binary.BinarySecurityContextInterceptor;
import fr.dui.server.platform.errors.DuiError;
import fr.dui.server.platform.errors.DuiRequestException;
import fr.dui.server.platform.fhir.StorageInterceptor;
import fr.dui.server.security.access.CurrentCaller;
import fr.dui.server.security.access.DuiCaller;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseBinary;

/**
 * The files of a bulk export belong to the app that started it: the export is stamped with its client id when it
 * starts, HAPI writes that stamp into each file ({@code Binary.securityContext.identifier}), and a file is then shown
 * to that app only, whatever the other app's scopes on {@code Binary}. {@link ExportStatusOwnership} does the same
 * for the export's status.
 */
@Interceptor
public class ExportOwnership extends BinarySecurityContextInterceptor implements StorageInterceptor {

    /** The identifier system of a SMART client id, as stamped on exports and their files. */
    public static final String CLIENT = "https://dui-libre.fr/fhir/sid/client-smart";

    public ExportOwnership(FhirContext fhir) {
        super(fhir);
    }

    /** Stamps an export with the app that starts it. */
    @Hook(Pointcut.STORAGE_PRE_INITIATE_BULK_EXPORT)
    public void stamp(BulkExportJobParameters export) {
        clientOfTheCaller().ifPresent(client -> {
            export.setBinarySecurityContextIdentifierSystem(CLIENT);
            export.setBinarySecurityContextIdentifierValue(client);
        });
    }

    @Override
    protected boolean securityContextIdentifierAllowed(String system, String value, RequestDetails request) {
        if (!CLIENT.equals(system) || request == null || request instanceof SystemRequestDetails) {
            return true; // not an export file, or the server itself (no caller of the API)
        }
        return clientOfTheCaller().filter(value::equals).isPresent();
    }

    @Override
    protected void handleForbidden(IBaseBinary binary) {
        throw new DuiRequestException(
                DuiError.ACCESS_DENIED, "Ce fichier d'export appartient à l'application qui a lancé l'export.");
    }

    static Optional<String> clientOfTheCaller() {
        return CurrentCaller.get().map(DuiCaller::clientId).filter(c -> !c.isBlank());
    }
}
