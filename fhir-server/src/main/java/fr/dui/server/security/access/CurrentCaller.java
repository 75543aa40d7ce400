package fr.dui.server.security.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The caller of the FHIR request being served, from its validated access token. */
public final class CurrentCaller {

    private CurrentCaller() {}

    public static Optional<DuiCaller> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken jwt) {
            return Optional.of(Callers.fromJwt(jwt.getToken()));
        }
        return Optional.empty();
    }
}
