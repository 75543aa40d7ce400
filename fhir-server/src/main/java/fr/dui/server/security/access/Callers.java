package fr.dui.server.security.access;

import fr.dui.server.security.smart.SmartClaims;
import fr.dui.server.security.smart.SmartScope;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads a {@link DuiCaller} from a validated access token. */
final class Callers {

    private Callers() {}

    static DuiCaller fromJwt(Jwt jwt) {
        return new DuiCaller(
                jwt.getSubject(),
                jwt.getClaimAsString("client_id"),
                Optional.ofNullable(jwt.getClaimAsString(SmartClaims.FHIR_USER)).map(Callers::relative),
                Optional.ofNullable(jwt.getClaimAsString(SmartClaims.PATIENT)),
                Optional.ofNullable(jwt.getClaimAsString(SmartClaims.ACCOUNT_KIND)),
                scopes(jwt.getClaim("scope")).stream()
                        .map(SmartScope::parse)
                        .flatMap(Optional::stream)
                        .toList());
    }

    /** {@code https://host/fhir/Patient/123} → {@code Patient/123} */
    static String relative(String fhirUser) {
        String[] parts = fhirUser.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : fhirUser;
    }

    private static List<String> scopes(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text) {
            return Arrays.asList(text.split(" "));
        }
        return List.of();
    }
}
