package fr.dui.server.security.psc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Logging out of the DUI after a Pro Santé Connect login also ends the PSC session (OpenID Connect RP-initiated
 * logout): the browser goes to PSC's {@code end_session_endpoint} with the ID token PSC issued, then back to our login
 * page ({@value #AFTER}, to declare at the ANS as post-logout redirect URI). Without it, the next person at a shared
 * workstation would be logged in by PSC's session without showing their card. A password login, or PSC without an end
 * session endpoint, ends on our login page.
 */
public class PscLogout implements LogoutHandler, LogoutSuccessHandler {

    /** Where the browser lands after logging out, under the server's public base URL. */
    public static final String AFTER = "/login?logout";

    static final String ID_TOKEN = PscLogout.class.getName() + ".idToken";
    private static final String ENDING = PscLogout.class.getName() + ".ending";

    private final PscClientRegistration registration;
    private final String publicBaseUrl;

    public PscLogout(PscClientRegistration registration, String publicBaseUrl) {
        this.registration = registration;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** Remembers, in the person's session, the ID token of the PSC login that opened it. */
    static void remember(HttpServletRequest request, String idToken) {
        request.getSession().setAttribute(ID_TOKEN, idToken);
    }

    /** Before the session is closed: keeps the PSC ID token for {@link #onLogoutSuccess}. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ID_TOKEN) instanceof String idToken) {
            request.setAttribute(ENDING, idToken);
        }
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        Optional<String> endSession =
                request.getAttribute(ENDING) instanceof String idToken ? endSessionUrl(idToken) : Optional.empty();
        response.sendRedirect(endSession.orElse(request.getContextPath() + AFTER));
    }

    private Optional<String> endSessionUrl(String idToken) {
        ClientRegistration psc = registration.findByRegistrationId(PscClientRegistration.ID);
        if (psc == null
                || !(psc.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint")
                        instanceof String endpoint)
                || endpoint.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(UriComponentsBuilder.fromUriString(endpoint)
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", publicBaseUrl + AFTER)
                .queryParam("client_id", psc.getClientId())
                .encode()
                .build()
                .toUriString());
    }
}
