package fr.dui.server.platform.errors;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import fr.dui.profiles.DuiCanonicals;
import fr.dui.server.platform.fhir.RestInterceptor;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the REST API returns becomes an OperationOutcome with the right status, a stable DUI error code and
 * a French message; HAPI's own (English, technical) text stays in {@code diagnostics}, and HAPI's located issues
 * ({@code expression}) are kept after the first one. Server faults reveal nothing internal: the caller gets an
 * incident reference, the log gets the details.
 */
@Interceptor
public class FrenchOperationOutcomes implements RestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(FrenchOperationOutcomes.class);
    private static final String TRANSACTION_PREFIX = "Transaction annulée, rien n'a été enregistré. ";

    private final HapiErrorClassifier classifier;

    public FrenchOperationOutcomes(String bodyLimit) {
        this.classifier = new HapiErrorClassifier(bodyLimit);
    }

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(RequestDetails request, Throwable thrown) {
        BaseServerResponseException exception = DuiRequestException.findIn(thrown)
                .map(BaseServerResponseException.class::cast)
                .orElseGet(() -> asServerException(thrown));
        String incident = UUID.randomUUID().toString();
        ClassifiedError classified = classifier.classify(exception, incident);
        DuiError error = classified.error();
        if (error.status() >= 500) {
            log.error("Incident {} on {} {}", incident, request.getRequestType(), request.getCompleteUrl(), thrown);
        }

        String text = classified.message();
        if (request.getRestOperationType() == RestOperationTypeEnum.TRANSACTION && error.status() < 500) {
            text = TRANSACTION_PREFIX + text;
        }

        OperationOutcome outcome = new OperationOutcome();
        OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(error.status() >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR)
                .setCode(error.issueType())
                .setDetails(
                        new CodeableConcept(new Coding(DuiCanonicals.ERROR_CODES, error.code(), null)).setText(text));
        if (error.status() < 500 && exception.getMessage() != null && !(exception instanceof DuiRequestException)) {
            issue.setDiagnostics(exception.getMessage());
        }
        if (error.status() < 500) {
            keepLocatedIssues(exception, outcome);
        }

        BaseServerResponseException result = exception.getStatusCode() == error.status()
                ? exception
                : new UnclassifiedServerFailureException(error.status(), text);
        result.setOperationOutcome(outcome);
        return result;
    }

    private static BaseServerResponseException asServerException(Throwable thrown) {
        if (thrown instanceof BaseServerResponseException e) {
            return e;
        }
        if (thrown instanceof DataFormatException) {
            return new InvalidRequestException(thrown.getMessage(), thrown);
        }
        return new InternalErrorException(thrown);
    }

    /** HAPI's issues that point at an element of the resource are worth keeping for the caller. */
    private static void keepLocatedIssues(BaseServerResponseException exception, OperationOutcome outcome) {
        if (exception.getOperationOutcome() instanceof OperationOutcome original) {
            for (OperationOutcomeIssueComponent issue : original.getIssue()) {
                if (issue.hasExpression() || issue.hasLocation()) {
                    outcome.addIssue(issue.copy());
                }
            }
        }
    }
}
