package fr.dui.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import fr.dui.server.platform.fhir.RestInterceptor;
import fr.dui.server.security.access.CurrentCaller;
import fr.dui.server.security.access.DuiCaller;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One AuditEvent per FHIR request, reads and searches included, successful or not: who (person and app), what
 * (interaction and target), which usagers (from the request and from everything returned), and the outcome. The
 * request thread only gathers the facts; the {@link AuditWriter} does the rest.
 */
@Interceptor
public class RestAuditInterceptor implements RestInterceptor {

    private static final String TOUCHED = RestAuditInterceptor.class.getName() + ".patients";

    private final AuditWriter writer;
    private final PatientsTouched patients;
    private final Clock clock;

    RestAuditInterceptor(AuditWriter writer, FhirContext fhir, Clock clock) {
        this.writer = writer;
        this.patients = new PatientsTouched(fhir);
        this.clock = clock;
    }

    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    public void outgoing(RequestDetails request, IBaseResource response) {
        patients.collect(response, touched(request));
    }

    @Hook(Pointcut.SERVER_PROCESSING_COMPLETED_NORMALLY)
    public void completed(ServletRequestDetails request) {
        writer.record(record(request, AuditRecord.SUCCESS, null));
    }

    @Hook(Pointcut.SERVER_HANDLE_EXCEPTION)
    public boolean failed(RequestDetails request, BaseServerResponseException exception) {
        int outcome = exception.getStatusCode() >= 500 ? AuditRecord.SERIOUS_FAILURE : AuditRecord.MINOR_FAILURE;
        String text = exception.getStatusCode() + " "
                + Optional.ofNullable(exception.getMessage()).orElse("");
        writer.record(record(request, outcome, text.length() > 500 ? text.substring(0, 500) : text));
        return true;
    }

    private AuditRecord record(RequestDetails request, int outcome, String outcomeText) {
        Set<String> touched = touched(request);
        patients.collect(request.getResource(), touched);
        if ("Patient".equals(request.getResourceName())
                && request.getId() != null
                && request.getId().hasIdPart()) {
            touched.add(request.getId().getIdPart());
        }
        Optional<DuiCaller> caller = CurrentCaller.get(request);
        String remote = request instanceof ServletRequestDetails servlet
                ? servlet.getServletRequest().getRemoteAddr()
                : null;
        return new AuditRecord(
                clock.instant(),
                AuditRecord.Kind.REST,
                subtype(request),
                action(request.getRestOperationType()),
                outcome,
                outcomeText,
                caller.map(c -> c.fhirUser().orElse(c.subject())).orElse(null),
                caller.map(DuiCaller::clientId).orElse(null),
                remote,
                target(request),
                Set.copyOf(touched));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> touched(RequestDetails request) {
        return (Set<String>) request.getUserData().computeIfAbsent(TOUCHED, k -> new LinkedHashSet<String>());
    }

    private static String subtype(RequestDetails request) {
        RestOperationTypeEnum type = request.getRestOperationType();
        if (type == null) {
            return "operation";
        }
        return switch (type) {
            case EXTENDED_OPERATION_INSTANCE, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_SERVER ->
                request.getOperation();
            case GET_PAGE -> "search";
            case METADATA -> "capabilities";
            default -> type.getCode();
        };
    }

    static String action(RestOperationTypeEnum type) {
        if (type == null) {
            return "E";
        }
        return switch (type) {
            case CREATE -> "C";
            case UPDATE, PATCH -> "U";
            case DELETE -> "D";
            case TRANSACTION, BATCH, EXTENDED_OPERATION_INSTANCE, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_SERVER ->
                "E";
            default -> "R";
        };
    }

    private static String target(RequestDetails request) {
        String path = request.getRequestPath();
        String query = request instanceof ServletRequestDetails servlet
                ? servlet.getServletRequest().getQueryString()
                : null;
        String target = query == null ? path : path + "?" + query;
        return target == null || target.length() <= 2000 ? target : target.substring(0, 2000);
    }
}
