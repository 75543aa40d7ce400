package fr.dui.server.platform.errors;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import ca.uhn.fhir.rest.server.exceptions.NotImplementedOperationException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which {@link DuiError} a HAPI exception is, from its type, its status and the HAPI message codes
 * ({@code HAPI-0450: ...}) in its message. Unknown 4xx errors fall back to {@link DuiError#INVALID_REQUEST}, 5xx
 * to {@link DuiError#INTERNAL_ERROR}.
 */
final class HapiErrorClassifier {

    private static final Pattern UNKNOWN_SEARCH_PARAM = Pattern.compile("Unknown search parameter \"([^\"]+)\"");
    private static final Pattern UNKNOWN_RESOURCE_TYPE = Pattern.compile("Unknown resource type '([^']+)'");
    private static final Pattern WRONG_RESOURCE_TYPE =
            Pattern.compile("Incorrect resource type found, expected \"([^\"]+)\" but found \"([^\"]+)\"");
    private static final Pattern UNRESOLVED_REFERENCE =
            Pattern.compile("Resource (\\S+) not found, specified in path: (\\S+)");
    /** DTDs are disabled in HAPI's XML parser, so an entity shows up as undeclared: refused, never resolved. */
    private static final Pattern DOCTYPE = Pattern.compile("(?i)DOCTYPE|DTD|entity");

    private final String bodyLimit;

    HapiErrorClassifier(String bodyLimit) {
        this.bodyLimit = bodyLimit;
    }

    ClassifiedError classify(BaseServerResponseException e, String incident) {
        if (e instanceof DuiRequestException dui) {
            return new ClassifiedError(dui.error(), dui.frenchMessage());
        }
        String message = Optional.ofNullable(e.getMessage()).orElse("");
        Matcher m;
        if (e instanceof PayloadTooLargeException || e.getStatusCode() == 413) {
            return ClassifiedError.of(DuiError.REQUEST_BODY_TOO_LARGE, bodyLimit);
        }
        if (e.getStatusCode() >= 500) {
            return e instanceof NotImplementedOperationException
                    ? ClassifiedError.of(DuiError.NOT_IMPLEMENTED)
                    : ClassifiedError.of(DuiError.INTERNAL_ERROR, incident);
        }
        if ((m = WRONG_RESOURCE_TYPE.matcher(message)).find()) {
            return ClassifiedError.of(DuiError.RESOURCE_TYPE_MISMATCH, m.group(2), m.group(1));
        }
        if (hasCode(message, 450, 1851, 1852, 1857, 1858, 1859, 1860, 1861, 1862)) {
            return DOCTYPE.matcher(message).find()
                    ? ClassifiedError.of(DuiError.XML_DOCTYPE_REFUSED)
                    : ClassifiedError.of(DuiError.REQUEST_BODY_UNREADABLE);
        }
        if (hasCode(message, 521)) {
            return ClassifiedError.of(DuiError.INVALID_RESOURCE_ID);
        }
        if (hasCode(message, 1094) && (m = UNRESOLVED_REFERENCE.matcher(message)).find()) {
            return ClassifiedError.of(DuiError.UNRESOLVED_REFERENCE, m.group(1), m.group(2));
        }
        if ((m = UNKNOWN_SEARCH_PARAM.matcher(message)).find()) {
            return ClassifiedError.of(DuiError.UNKNOWN_SEARCH_PARAMETER, m.group(1));
        }
        if (hasCode(message, 302) && (m = UNKNOWN_RESOURCE_TYPE.matcher(message)).find()) {
            return ClassifiedError.of(DuiError.UNKNOWN_RESOURCE_TYPE, m.group(1));
        }
        if (hasCode(message, 446, 449)) {
            return ClassifiedError.of(DuiError.UNSUPPORTED_MEDIA_TYPE);
        }
        if (e instanceof ResourceGoneException) {
            return ClassifiedError.of(DuiError.RESOURCE_DELETED);
        }
        if (e instanceof ResourceNotFoundException) {
            return ClassifiedError.of(DuiError.RESOURCE_NOT_FOUND);
        }
        if (e instanceof ResourceVersionConflictException) {
            return ClassifiedError.of(DuiError.VERSION_CONFLICT);
        }
        if (e instanceof PreconditionFailedException) {
            return ClassifiedError.of(DuiError.PRECONDITION_FAILED);
        }
        if (e instanceof UnprocessableEntityException) {
            return ClassifiedError.of(DuiError.UNPROCESSABLE_RESOURCE);
        }
        if (e instanceof ForbiddenOperationException || e.getStatusCode() == 403) {
            return ClassifiedError.of(DuiError.ACCESS_DENIED);
        }
        // HAPI-0303: "does not know how to handle POST operation[AuditEvent]": the interaction does not exist here
        if (e instanceof MethodNotAllowedException || hasCode(message, 303)) {
            return ClassifiedError.of(DuiError.OPERATION_NOT_ALLOWED);
        }
        if (e.getStatusCode() == 415 && message.contains("Content-Encoding")) {
            return ClassifiedError.of(DuiError.UNSUPPORTED_CONTENT_ENCODING);
        }
        if (e.getStatusCode() == 415) {
            return ClassifiedError.of(DuiError.UNSUPPORTED_MEDIA_TYPE);
        }
        return ClassifiedError.of(DuiError.INVALID_REQUEST);
    }

    private static boolean hasCode(String message, int... codes) {
        for (int code : codes) {
            if (message.contains("HAPI-" + String.format("%04d", code) + ":")) {
                return true;
            }
        }
        return false;
    }
}
