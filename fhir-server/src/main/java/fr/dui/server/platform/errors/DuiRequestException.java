package fr.dui.server.platform.errors;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;

/**
 * An error the DUI itself detects in a request (a profile, an identity rule...), already in French: its
 * {@link DuiError}, the French message, and the located issues (each with its {@code expression}) that say what is
 * wrong and where. Thrown anywhere (REST or storage layer), it reaches the caller as a 4xx OperationOutcome.
 */
public class DuiRequestException extends BaseServerResponseException {

    private final transient DuiError error;
    private final String frenchMessage;

    public DuiRequestException(DuiError error, String frenchMessage, List<OperationOutcomeIssueComponent> issues) {
        super(error.status(), frenchMessage, outcome(issues));
        this.error = error;
        this.frenchMessage = frenchMessage;
    }

    public DuiRequestException(DuiError error, String frenchMessage) {
        this(error, frenchMessage, List.of());
    }

    public DuiError error() {
        return error;
    }

    public String frenchMessage() {
        return frenchMessage;
    }

    /** The DUI error behind a failure, even when HAPI wrapped it (transactions do). */
    public static java.util.Optional<DuiRequestException> findIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof DuiRequestException dui) {
                return java.util.Optional.of(dui);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return java.util.Optional.empty();
    }

    private static OperationOutcome outcome(List<OperationOutcomeIssueComponent> issues) {
        OperationOutcome outcome = new OperationOutcome();
        issues.forEach(outcome::addIssue);
        return outcome;
    }
}
