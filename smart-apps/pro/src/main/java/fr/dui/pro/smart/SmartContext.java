package fr.dui.pro.smart;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;

/**
 * What a launch gave the app, kept in the person's session (never in a cookie): the tokens, the usager and séjour in
 * context, and who the person is.
 *
 * @param patient the usager in context ({@code Patient} id), or null
 * @param encounter the séjour in context ({@code Encounter} id), or null
 * @param fhirUser the professional ({@code PractitionerRole/123} or {@code Practitioner/123})
 */
public record SmartContext(
        String accessToken,
        String refreshToken,
        Instant expiresAt,
        String scopes,
        String patient,
        String encounter,
        String fhirUser)
        implements Serializable {

    public boolean hasPatient() {
        return patient != null && !patient.isBlank();
    }

    /** Whether the granted scopes let the app create resources of this type. */
    public boolean mayCreate(String resourceType) {
        return grants(resourceType, 'c');
    }

    /** Whether the granted scopes let the app update resources of this type. */
    public boolean mayUpdate(String resourceType) {
        return grants(resourceType, 'u');
    }

    private boolean grants(String resourceType, char interaction) {
        return Arrays.stream(scopes == null ? new String[0] : scopes.split(" "))
                .filter(s -> s.startsWith("user/") || s.startsWith("patient/"))
                .map(s -> s.substring(s.indexOf('/') + 1))
                .anyMatch(s -> {
                    int dot = s.indexOf('.');
                    if (dot < 0) {
                        return false;
                    }
                    String type = s.substring(0, dot);
                    String permissions = s.substring(dot + 1);
                    boolean typeMatches = type.equals("*") || type.equals(resourceType);
                    boolean v1 = permissions.equals("*") || permissions.equals("write");
                    boolean v2 = permissions.matches("c?r?u?d?s?") && permissions.indexOf(interaction) >= 0;
                    return typeMatches && (v1 || v2);
                });
    }

    /** The same tokens with another usager (and séjour) in context. */
    public SmartContext withPatient(String otherPatient, String otherEncounter) {
        return new SmartContext(accessToken, refreshToken, expiresAt, scopes, otherPatient, otherEncounter, fhirUser);
    }

    SmartContext refreshedWith(TokenResponse refreshed, Instant now) {
        return new SmartContext(
                refreshed.accessToken(),
                refreshed.refreshToken() != null ? refreshed.refreshToken() : refreshToken,
                refreshed.expiresAt(now),
                refreshed.scope() != null ? refreshed.scope() : scopes,
                patient != null ? patient : refreshed.patient(), // the usager opened in the app stays open
                patient != null ? encounter : refreshed.encounter(),
                refreshed.fhirUser() != null ? refreshed.fhirUser() : fhirUser);
    }
}
