package fr.dui.server.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What an auditor looks for: the events touching a usager, those of a person or app, in a period.
 *
 * @param patient a usager's id
 * @param who a person ({@code PractitionerRole/x}), an account or a client id
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(
        Optional<String> patient, Optional<String> who, Optional<Instant> from, Optional<Instant> to) {}
