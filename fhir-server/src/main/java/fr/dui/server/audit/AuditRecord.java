package fr.dui.server.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One thing that happened, as the request thread saw it; the writer turns it into an AuditEvent.
 *
 * @param recorded when
 * @param kind what sort of event
 * @param subtype the FHIR interaction ({@code read}, {@code search-type}, {@code create}...), the operation name, or
 *     the security event
 * @param action C, R, U, D or E
 * @param outcome 0 success, 4 refused or invalid, 8 server failure
 * @param outcomeText why it failed, when it did
 * @param who the person ({@code PractitionerRole/x}, {@code Patient/y}) or the account, or the backend client
 * @param clientId the app
 * @param remoteAddress the caller's network address
 * @param target what was asked ({@code Patient/123}, {@code Observation?code=...})
 * @param patients the usagers whose data was read, written or refused
 */
public record AuditRecord(
        Instant recorded,
        Kind kind,
        String subtype,
        String action,
        int outcome,
        String outcomeText,
        String who,
        String clientId,
        String remoteAddress,
        String target,
        Set<String> patients) {

    public enum Kind {
        /** A FHIR REST interaction. */
        REST,
        /** A person logging in (or failing to). */
        LOGIN,
        /** An access token issued. */
        TOKEN,
        /** A request refused before the API for want of a valid token. */
        ACCESS_REFUSED,
        /** An administrator changed who may do what (the habilitation matrix). */
        SECURITY_ADMINISTRATION,
        /** A professional opened a usager's record in emergency (bris de glace). */
        BREAK_GLASS
    }

    public static final int SUCCESS = 0;
    public static final int MINOR_FAILURE = 4;
    public static final int SERIOUS_FAILURE = 8;

    public List<String> sortedPatients() {
        return patients.stream().sorted().toList();
    }
}
