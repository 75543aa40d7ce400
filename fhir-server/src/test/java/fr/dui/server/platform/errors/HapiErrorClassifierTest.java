package fr.dui.server.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class HapiErrorClassifierTest {

    private final HapiErrorClassifier classifier = new HapiErrorClassifier("8 Mo");

    @Test
    void parseErrors() {
        assertThat(classify(new InvalidRequestException(
                        "HAPI-0450: Failed to parse request body as JSON resource. Error was: HAPI-1861: Failed to parse"
                                + " JSON encoded FHIR content: Unexpected end-of-input")))
                .isEqualTo(ClassifiedError.of(DuiError.REQUEST_BODY_UNREADABLE));
        assertThat(classify(new InvalidRequestException("HAPI-0450: Failed to parse request body as XML resource."
                                + " Error was: HAPI-1852: Failed to parse XML content: Undeclared general entity"
                                + " \"xxe\""))
                        .error())
                .isEqualTo(DuiError.XML_DOCTYPE_REFUSED);
    }

    @Test
    void detailsAreCarriedIntoTheFrenchMessage() {
        assertThat(classify(new InvalidRequestException("HAPI-0450: Failed to parse request body as JSON resource."
                                + " Error was: HAPI-1814: Incorrect resource type found, expected \"Patient\" but"
                                + " found \"Observation\""))
                        .message())
                .isEqualTo(
                        "Le type de la ressource envoyée (Observation) ne correspond pas à celui de l'URL (Patient).");
        assertThat(classify(new InvalidRequestException("HAPI-0524: Unknown search parameter \"couleur\" for resource"
                                + " type \"Patient\". Valid search parameters for this search are: [...]"))
                        .message())
                .contains("« couleur »");
        assertThat(classify(new InvalidRequestException("HAPI-1094: Resource Patient/123 not found, specified in path:"
                                + " Observation.subject"))
                        .message())
                .contains("« Patient/123 »")
                .contains("Observation.subject");
    }

    @Test
    void byExceptionType() {
        assertThat(classify(new ResourceNotFoundException("x")).error()).isEqualTo(DuiError.RESOURCE_NOT_FOUND);
        assertThat(classify(new ResourceGoneException("x")).error()).isEqualTo(DuiError.RESOURCE_DELETED);
        assertThat(classify(new ResourceVersionConflictException("x")).error()).isEqualTo(DuiError.VERSION_CONFLICT);
        assertThat(classify(new UnprocessableEntityException("x")).error()).isEqualTo(DuiError.UNPROCESSABLE_RESOURCE);
        assertThat(classify(new ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException("Access denied"))
                        .error())
                .isEqualTo(DuiError.ACCESS_DENIED);
        assertThat(classify(new InvalidRequestException("HAPI-0303: Invalid request: The FHIR endpoint on this server"
                                + " does not know how to handle POST operation[AuditEvent] with parameters [[]]"))
                        .error())
                .isEqualTo(DuiError.OPERATION_NOT_ALLOWED);
        assertThat(classify(new PayloadTooLargeException("x")).message()).contains("8 Mo");
    }

    @Test
    void serverFaultsGiveOnlyAnIncidentReference() {
        ClassifiedError error = classifier.classify(
                new InternalErrorException("org.postgresql.util.PSQLException: password authentication failed"),
                "incident-42");

        assertThat(error.error()).isEqualTo(DuiError.INTERNAL_ERROR);
        assertThat(error.message())
                .contains("incident-42")
                .doesNotContain("PSQL")
                .doesNotContain("password");
    }

    @Test
    void unknownClientErrorsAreInvalidRequests() {
        assertThat(classify(new InvalidRequestException("HAPI-9999: something new"))
                        .error())
                .isEqualTo(DuiError.INVALID_REQUEST);
    }

    @Test
    void errorCodesAreStableKebabCase() {
        assertThat(DuiError.REQUEST_BODY_TOO_LARGE.code()).isEqualTo("request-body-too-large");
        assertThat(ErrorsConfig.inFrench(DataSize.ofMegabytes(8))).isEqualTo("8 Mo");
        assertThat(ErrorsConfig.inFrench(DataSize.ofKilobytes(512))).isEqualTo("512 Ko");
        assertThat(ErrorsConfig.inFrench(DataSize.ofBytes(1000))).isEqualTo("1000 octets");
    }

    private ClassifiedError classify(BaseServerResponseException e) {
        return classifier.classify(e, "incident");
    }
}
