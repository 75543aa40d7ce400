package fr.dui.server.security.smart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The usager a professional picked on the consent page of a standalone launch ({@code launch/patient}): kept as a
 * launch context keyed by the person, the app and the authorization (found from the consent's state), so the tokens
 * of that very authorization (refreshes included) get it as {@code patient}.
 */
public class PatientPicks {

    private final LaunchContexts launches;

    public PatientPicks(LaunchContexts launches) {
        this.launches = launches;
    }

    public void record(
            String username,
            String fhirUser,
            String clientId,
            String authorizationId,
            String patient,
            Instant expires) {
        launches.createWithId(key(username, clientId, authorizationId), clientId, patient, null, fhirUser, expires);
    }

    public Optional<String> find(String username, String clientId, String authorizationId) {
        return launches.find(key(username, clientId, authorizationId)).map(LaunchContexts.LaunchContext::patient);
    }

    static String key(String username, String clientId, String authorizationId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((username + "\n" + clientId + "\n" + authorizationId).getBytes(StandardCharsets.UTF_8));
            return "pick-" + HexFormat.of().formatHex(hash).substring(0, 58);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
