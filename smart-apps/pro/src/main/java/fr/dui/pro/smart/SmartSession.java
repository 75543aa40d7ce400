package fr.dui.pro.smart;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The SMART context of the person's session, with an access token that is always fresh: it is refreshed (with the
 * refresh token the DUI gave for {@code offline_access}) shortly before it expires.
 */
@Component
public class SmartSession {

    static final String CONTEXT = SmartSession.class.getName() + ".context";
    private static final long MARGIN_SECONDS = 30;

    private final TokenEndpoint tokens;
    private final Clock clock;

    SmartSession(TokenEndpoint tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The context of this session, if launched. */
    public Optional<SmartContext> context(HttpSession session) {
        return Optional.ofNullable((SmartContext) session.getAttribute(CONTEXT));
    }

    /** The context with a usable access token; refreshes it when needed. */
    public SmartContext fresh(HttpSession session) {
        SmartContext context = context(session).orElseThrow(NotConnectedException::new);
        if (context.expiresAt().isAfter(clock.instant().plusSeconds(MARGIN_SECONDS))) {
            return context;
        }
        if (context.refreshToken() == null) {
            session.removeAttribute(CONTEXT);
            throw new NotConnectedException();
        }
        synchronized (session.getId().intern()) {
            SmartContext current = context(session).orElseThrow(NotConnectedException::new);
            if (current.expiresAt().isAfter(clock.instant().plusSeconds(MARGIN_SECONDS))) {
                return current;
            }
            SmartContext refreshed;
            try {
                refreshed = current.refreshedWith(tokens.refresh(current.refreshToken()), clock.instant());
            } catch (LaunchRefusedException e) {
                session.removeAttribute(CONTEXT);
                throw new NotConnectedException();
            }
            session.setAttribute(CONTEXT, refreshed);
            return refreshed;
        }
    }

    /**
     * Opens another usager's record in this session (from the waiting list: the usager just admitted): the app's pages
     * then show them; the DUI still checks every request against the professional's habilitations.
     */
    public void openUsager(HttpSession session, String patient) {
        SmartContext current = context(session).orElseThrow(NotConnectedException::new);
        session.setAttribute(CONTEXT, current.withPatient(patient, null));
    }

    void start(HttpSession session, SmartContext context) {
        session.setAttribute(CONTEXT, context);
    }
}
