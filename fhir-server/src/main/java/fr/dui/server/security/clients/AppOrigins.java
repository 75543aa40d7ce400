package fr.dui.server.security.clients;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * Cross-origin access for browser apps (SMART apps in JavaScript, such as those built on {@code fhirclient}): the
 * discovery documents, the token endpoint and the FHIR API answer the origins of registered redirect URIs, and only
 * them. Tokens travel in the {@code Authorization} header, never in cookies: no credentials are allowed.
 *
 * <p>The origins are read from the client registrations; an origin not seen yet makes it read them again (at most
 * once per {@link #RELOAD_AFTER}), so an app an administrator has just registered works at once.
 */
public class AppOrigins implements CorsConfigurationSource {

    static final Duration RELOAD_AFTER = Duration.ofSeconds(2);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Set<String> origins = Set.of();
    private volatile Instant loadedAt = Instant.MIN;

    public AppOrigins(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || !allowed(origin)) {
            return null; // no CORS headers: the browser keeps the answer from the page
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.of(origin));
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of(
                "Authorization",
                "Content-Type",
                "Accept",
                "Prefer",
                "If-Match",
                "If-None-Match",
                "If-None-Exist",
                "If-Modified-Since",
                "X-Requested-With"));
        cors.setExposedHeaders(List.of("Location", "Content-Location", "ETag", "Last-Modified"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        return cors;
    }

    /** Whether a registered app redirects to a page of this origin. */
    public boolean allowed(String origin) {
        String normalised = origin.toLowerCase(Locale.ROOT);
        if (origins.contains(normalised)) {
            return true;
        }
        Instant now = clock.instant();
        if (loadedAt.plus(RELOAD_AFTER).isAfter(now)) {
            return false;
        }
        Set<String> reloaded = load();
        origins = reloaded;
        loadedAt = now;
        return reloaded.contains(normalised);
    }

    private Set<String> load() {
        Set<String> found = new HashSet<>();
        for (String uris : jdbc.queryForList(
                "select redirect_uris from oauth2_registered_client where redirect_uris is not null", String.class)) {
            Arrays.stream(uris.split(","))
                    .map(String::trim)
                    .map(AppOrigins::origin)
                    .filter(o -> !o.isEmpty())
                    .forEach(found::add);
        }
        return Set.copyOf(found);
    }

    /** {@code https://app.example:8443/launch} gives {@code https://app.example:8443}; not a URL gives "". */
    static String origin(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                return "";
            }
            String origin = parsed.getScheme() + "://" + parsed.getHost()
                    + (parsed.getPort() == -1 ? "" : ":" + parsed.getPort());
            return origin.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
