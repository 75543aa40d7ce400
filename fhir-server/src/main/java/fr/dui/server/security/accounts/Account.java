package fr.dui.server.security.accounts;

import java.time.Instant;

/**
 * A local account.
 *
 * @param username login
 * @param passwordHash the encoded password ({@code {bcrypt}...})
 * @param kind who it is: {@link Kind}
 * @param fhirUser the FHIR resource the person is ({@code PractitionerRole/x}, {@code Patient/y},
 *     {@code RelatedPerson/z}); empty for an administrator
 * @param displayName how screens greet the person
 * @param enabled whether the account may log in
 * @param mustChangePassword the password was generated and must be changed
 * @param failedAttempts failed logins in a row
 * @param lockedUntil locked until this instant after too many failures
 */
public record Account(
        String username,
        String passwordHash,
        Kind kind,
        String fhirUser,
        String displayName,
        boolean enabled,
        boolean mustChangePassword,
        int failedAttempts,
        Instant lockedUntil) {

    public enum Kind {
        ADMINISTRATOR,
        PROFESSIONAL,
        USAGER,
        PROCHE,
        /** Reads the audit trail (délégué à la protection des données, responsable de la sécurité). */
        AUDITOR
    }

    /**
     * A new account: enabled, never failed nor locked.
     *
     * @param oneTimePassword its password was generated, to be changed at the first login
     */
    public static Account opened(
            String username,
            String passwordHash,
            Kind kind,
            String fhirUser,
            String displayName,
            boolean oneTimePassword) {
        return new Account(username, passwordHash, kind, fhirUser, displayName, true, oneTimePassword, 0, null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
