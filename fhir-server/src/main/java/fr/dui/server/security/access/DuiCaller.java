package fr.dui.server.security.access;

import fr.dui.server.security.smart.SmartScope;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who is calling the FHIR API, as the access token says.
 *
 * @param subject the account or client the token was issued to
 * @param clientId the app
 * @param fhirUser the FHIR resource the person is, if any ({@code PractitionerRole/x}, {@code Patient/y}), relative
 * @param patient the usager in context (patient-level launches), if any
 * @param accountKind the kind of account of the person the token was issued to; empty for a backend service
 * @param scopes the clinical scopes granted
 */
public record DuiCaller(
        String subject,
        String clientId,
        Optional<String> fhirUser,
        Optional<String> patient,
        Optional<String> accountKind,
        List<SmartScope> scopes) {

    private static final String AUDIT = "AuditEvent";

    /**
     * How far a scope reaches for this caller.
     *
     * @param patient when present, only the compartment of this usager; when empty, every record
     */
    public record Reach(Optional<String> patient) {}

    /**
     * What a granted scope actually opens, given who holds the token; empty when it opens nothing. A scope is never
     * more than the person is: a patient-level scope needs a usager in context; a user-level scope of a usager is
     * their own record, of a professional every record (until habilitations narrow it), of anybody else nothing; a
     * system-level scope only counts in a backend service's own token ({@code client_credentials}), never in a
     * person's.
     */
    public Optional<Reach> reach(SmartScope scope) {
        return switch (scope.context()) {
            case PATIENT -> patient.map(p -> new Reach(Optional.of(p)));
            case USER ->
                isAuditor() && AUDIT.equals(scope.resourceType())
                        ? Optional.of(new Reach(Optional.empty()))
                        : fhirUser.flatMap(DuiCaller::userReach);
            case SYSTEM ->
                accountKind.isEmpty() && fhirUser.isEmpty() && subject != null && subject.equals(clientId)
                        ? Optional.of(new Reach(Optional.empty()))
                        : Optional.empty();
        };
    }

    /**
     * Whether the token opens the audit trail: only a scope naming AuditEvent explicitly (never {@code *}), held by a
     * backend service or by an auditor's account.
     */
    public boolean mayReadAuditTrail() {
        return scopes.stream()
                .anyMatch(s -> AUDIT.equals(s.resourceType())
                        && (s.permissions().contains(SmartScope.Permission.READ)
                                || s.permissions().contains(SmartScope.Permission.SEARCH))
                        && (s.context() == SmartScope.Context.SYSTEM || isAuditor())
                        && reach(s).isPresent());
    }

    /**
     * The professional's FHIR identity ({@code PractitionerRole/x} or {@code Practitioner/y}) when the token is a
     * professional's: their habilitations then apply on top of the scopes.
     */
    public Optional<String> professional() {
        return fhirUser.filter(u -> u.startsWith("PractitionerRole/") || u.startsWith("Practitioner/"));
    }

    /**
     * The resource types a backend service may export in bulk ({@code *} for all): those of its system-level read
     * scopes that carry no query restriction. Empty for a person's token: a person's access is narrowed per usager and
     * per data category at every request, which an export job running inside the server cannot do.
     */
    public Optional<Set<String>> bulkExportTypes() {
        Set<String> types = scopes.stream()
                .filter(s ->
                        s.context() == SmartScope.Context.SYSTEM && s.query().isEmpty())
                .filter(s -> s.permissions().contains(SmartScope.Permission.READ)
                        && s.permissions().contains(SmartScope.Permission.SEARCH))
                .filter(s -> reach(s).isPresent())
                .map(SmartScope::resourceType)
                .collect(Collectors.toCollection(TreeSet::new));
        return types.isEmpty() ? Optional.empty() : Optional.of(types);
    }

    private boolean isAuditor() {
        return accountKind.filter("AUDITOR"::equals).isPresent();
    }

    /** The usager every granted scope is confined to, when they all are confined to the same one. */
    public Optional<String> confinedTo() {
        List<Reach> reaches =
                scopes.stream().map(this::reach).flatMap(Optional::stream).toList();
        if (reaches.isEmpty() || reaches.stream().anyMatch(r -> r.patient().isEmpty())) {
            return Optional.empty();
        }
        String first = reaches.get(0).patient().get();
        return reaches.stream().allMatch(r -> r.patient().get().equals(first)) ? Optional.of(first) : Optional.empty();
    }

    private static Optional<Reach> userReach(String fhirUser) {
        if (fhirUser.startsWith("Patient/")) {
            return Optional.of(new Reach(Optional.of(fhirUser.substring("Patient/".length()))));
        }
        if (fhirUser.startsWith("Practitioner/") || fhirUser.startsWith("PractitionerRole/")) {
            return Optional.of(new Reach(Optional.empty()));
        }
        return Optional.empty();
    }
}
