package fr.dui.pro.smart;

import fr.dui.pro.settings.ProSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The authorization code flow of a SMART launch: the request sent to the DUI (PKCE S256, {@code aud} = the FHIR base,
 * {@code launch} for an EHR launch), then the code exchanged for the tokens when the DUI sends the browser back.
 */
@Component
class SmartAuthorization {

    private static final String PENDING = SmartAuthorization.class.getName() + ".pending";

    private final ProSettings settings;
    private final SmartDiscovery discovery;
    private final TokenEndpoint tokens;
    private final SmartSession smartSession;
    private final Clock clock;

    SmartAuthorization(
            ProSettings settings,
            SmartDiscovery discovery,
            TokenEndpoint tokens,
            SmartSession smartSession,
            Clock clock) {
        this.settings = settings;
        this.discovery = discovery;
        this.tokens = tokens;
        this.smartSession = smartSession;
        this.clock = clock;
    }

    /** Remembers a new request in the session and returns the DUI's URL to send the browser to. */
    String start(HttpSession session, String scopes, String launch) {
        PendingAuthorization pending = new PendingAuthorization(Pkce.randomValue(), Pkce.randomValue());
        pendingOf(session).put(pending.state(), pending);
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(
                        discovery.endpoints().authorizationEndpoint())
                .queryParam("response_type", "code")
                .queryParam("client_id", settings.clientId())
                .queryParam("redirect_uri", settings.redirectUri())
                .queryParam("scope", scopes)
                .queryParam("state", pending.state())
                .queryParam("aud", settings.fhirBase())
                .queryParam("code_challenge", Pkce.challenge(pending.codeVerifier()))
                .queryParam("code_challenge_method", "S256");
        if (launch != null) {
            url.queryParam("launch", launch);
        }
        return url.encode().build().toUriString();
    }

    /** The browser is back with a code: checks the state, exchanges the code, opens the SMART session. */
    SmartContext complete(HttpServletRequest request, String state, String code) {
        HttpSession session = request.getSession();
        PendingAuthorization pending = state == null ? null : pendingOf(session).remove(state);
        if (pending == null) {
            throw new LaunchRefusedException(
                    "Cette réponse du DUI ne correspond à aucune connexion en cours dans ce navigateur. "
                            + "Relancez l'application.");
        }
        SmartContext context = tokens.exchange(code, pending.codeVerifier()).toContext(clock.instant());
        request.changeSessionId();
        smartSession.start(request.getSession(), context);
        return context;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PendingAuthorization> pendingOf(HttpSession session) {
        synchronized (session.getId().intern()) {
            Map<String, PendingAuthorization> pending =
                    (Map<String, PendingAuthorization>) session.getAttribute(PENDING);
            if (pending == null) {
                pending = new ConcurrentHashMap<>();
                session.setAttribute(PENDING, pending);
            }
            return pending;
        }
    }
}
