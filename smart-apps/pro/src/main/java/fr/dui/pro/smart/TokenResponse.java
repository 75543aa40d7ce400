package fr.dui.pro.smart;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The DUI's token endpoint answer, SMART launch context included. */
record TokenResponse(
        String accessToken,
        String refreshToken,
        long expiresIn,
        String scope,
        String patient,
        String encounter,
        String fhirUser) {

    static TokenResponse of(JsonNode json) {
        return new TokenResponse(
                text(json, "access_token"),
                text(json, "refresh_token"),
                json.path("expires_in").asLong(300),
                text(json, "scope"),
                text(json, "patient"),
                text(json, "encounter"),
                text(json, "fhirUser"));
    }

    Instant expiresAt(Instant now) {
        return now.plusSeconds(expiresIn);
    }

    SmartContext toContext(Instant now) {
        return new SmartContext(accessToken, refreshToken, expiresAt(now), scope, patient, encounter, fhirUser);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
