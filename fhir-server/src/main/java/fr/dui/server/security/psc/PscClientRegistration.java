package fr.dui.server.security.psc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one upstream provider, {@value #ID}, read from its OpenID discovery document when first needed (not at start:
 * the server starts and serves form logins while PSC is unreachable), then kept. While discovery fails the login with
 * PSC is unavailable, and it is tried again at most every {@link #RETRY}.
 */
public class PscClientRegistration implements ClientRegistrationRepository {

    public static final String ID = "psc";
    /** Where PSC sends the browser back, under the server's public base URL (to declare at the ANS). */
    public static final String CALLBACK = "/login/oauth2/code/" + ID;

    static final Duration RETRY = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(PscClientRegistration.class);

    private final PscSettings settings;
    private final String redirectUri;
    private final Clock clock;
    private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();
    private volatile Instant lastFailure;

    /**
     * @param settings PSC's issuer and this DUI's client
     * @param publicBaseUrl the server's public base URL ({@code dui.security.issuer})
     */
    public PscClientRegistration(PscSettings settings, String publicBaseUrl, Clock clock) {
        this.settings = settings;
        this.redirectUri = publicBaseUrl.replaceAll("/+$", "") + CALLBACK;
        this.clock = clock;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId) || !settings.enabled()) {
            return null;
        }
        ClientRegistration known = registration.get();
        if (known != null) {
            return known;
        }
        Instant failed = lastFailure;
        if (failed != null && failed.plus(RETRY).isAfter(clock.instant())) {
            return null;
        }
        try {
            ClientRegistration discovered = ClientRegistrations.fromIssuerLocation(
                            settings.issuer().strip())
                    .registrationId(ID)
                    .clientName("Pro Santé Connect")
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope(Arrays.stream(settings.scopes().split("\\s+"))
                            .filter(s -> !s.isBlank())
                            .toList())
                    .redirectUri(redirectUri)
                    .build();
            registration.compareAndSet(null, discovered);
            log.info("Pro Santé Connect: {} discovered", settings.issuer());
            return registration.get();
        } catch (RuntimeException e) {
            lastFailure = clock.instant();
            log.warn("Pro Santé Connect unavailable: discovery of {} failed: {}", settings.issuer(), e.toString());
            return null;
        }
    }

    /** Whether PSC answers (its discovery document was read, or is read now). */
    public boolean available() {
        return findByRegistrationId(ID) != null;
    }
}
