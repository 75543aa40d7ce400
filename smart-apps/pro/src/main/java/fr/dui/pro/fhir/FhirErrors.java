package fr.dui.pro.fhir;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/** The French message of the DUI's refusals (its OperationOutcomes are in French). */
public final class FhirErrors {

    private FhirErrors() {}

    /** The server's message for a refused request, or null. */
    public static String message(BaseServerResponseException e) {
        return e.getOperationOutcome() instanceof OperationOutcome outcome ? message(outcome) : null;
    }

    /** The text of the first issue (its details, else its diagnostics), or null. */
    public static String message(OperationOutcome outcome) {
        return outcome.getIssue().stream()
                .map(i -> i.getDetails().hasText() ? i.getDetails().getText() : i.getDiagnostics())
                .filter(t -> t != null && !t.isBlank())
                .findFirst()
                .orElse(null);
    }

    /** The French message of a refused entry of a batch answer, or a default. */
    public static String message(Bundle.BundleEntryComponent entry) {
        Resource outcome = entry.getResponse().getOutcome();
        String text = outcome instanceof OperationOutcome o ? message(o) : null;
        return text != null
                ? text
                : "Le DUI a refusé cette demande (" + entry.getResponse().getStatus() + ").";
    }
}
