package fr.dui.server.security.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person who turned on two-factor authentication gives the code of their authenticator app after their password:
 * in a browser on {@code /code} once per session (then back where they were going); an administration script in the
 * {@code X-DUI-Code} header of every request.
 */
public class SecondFactorGate extends OncePerRequestFilter {

    public static final String PAGE = "/code";
    public static final String HEADER = "X-DUI-Code";
    /** Session attribute: the login whose second factor this session has checked. */
    public static final String CHECKED = "dui.second-factor.checked";

    private static final Set<String> OPEN = Set.of(PAGE, "/login", "/logout", "/error", "/smart-style.json");

    private final AccountRepository accounts;
    private final Clock clock;
    private final RequestCache requests = new HttpSessionRequestCache();

    public SecondFactorGate(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(auth instanceof UsernamePasswordAuthenticationToken)
                || !auth.isAuthenticated()
                || ExternalStrongLogin.is(auth)
                || OPEN.contains(path)
                || path.startsWith("/css/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> secret = accounts.totpSecret(auth.getName());
        if (secret.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/admin/")) {
            if (Totp.verify(secret.get(), request.getHeader(HEADER), clock.instant())) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"title\":\"Double authentification\",\"status\":401,\"detail\":\"Ce compte utilise la"
                            + " double authentification : donnez le code de votre application dans l'en-tête "
                            + HEADER + ".\"}");
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && auth.getName().equals(session.getAttribute(CHECKED))) {
            chain.doFilter(request, response);
            return;
        }
        requests.saveRequest(request, response);
        response.sendRedirect(request.getContextPath() + PAGE);
    }
}
