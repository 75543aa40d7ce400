package fr.dui.server.security.access;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/** The caller of the FHIR request being served, from its validated access token. */
public final class CurrentCaller {

    private static final RequestAttributeSecurityContextRepository REQUEST_CONTEXT =
            new RequestAttributeSecurityContextRepository();

    private CurrentCaller() {}

    public static Optional<DuiCaller> get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * The caller of this request, also where the security context of the thread is empty: HAPI runs the entries of a
     * {@code batch} Bundle on its own threads, and the bearer-token filter keeps the context on the HTTP request too.
     */
    public static Optional<DuiCaller> get(RequestDetails request) {
        Optional<DuiCaller> caller = get();
        if (caller.isPresent()
                || !(request instanceof ServletRequestDetails servlet)
                || servlet.getServletRequest() == null) {
            return caller;
        }
        SecurityContext context =
                REQUEST_CONTEXT.loadDeferredContext(servlet.getServletRequest()).get();
        return of(context == null ? null : context.getAuthentication());
    }

    private static Optional<DuiCaller> of(Authentication auth) {
        if (auth instanceof JwtAuthenticationToken jwt) {
            return Optional.of(Callers.fromJwt(jwt.getToken()));
        }
        return Optional.empty();
    }
}
