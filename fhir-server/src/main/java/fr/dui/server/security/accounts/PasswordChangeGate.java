package fr.dui.server.security.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person whose password is a one-time password (first administrator, new or reset account) changes it before
 * anything else: in a browser they are sent to {@code /mot-de-passe} (and brought back where they were going
 * afterwards); an administration script gets a 403 saying to {@code POST /admin/mot-de-passe} first.
 */
public class PasswordChangeGate extends OncePerRequestFilter {

    public static final String PAGE = "/mot-de-passe";
    public static final String API = "/admin/mot-de-passe";
    private static final Set<String> OPEN = Set.of(PAGE, API, "/login", "/logout", "/error", "/smart-style.json");

    private final AccountRepository accounts;
    private final RequestCache requests = new HttpSessionRequestCache();

    public PasswordChangeGate(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(auth instanceof UsernamePasswordAuthenticationToken) // a person (not an app at the token endpoint)
                || !auth.isAuthenticated()
                || ExternalStrongLogin.is(auth)
                || OPEN.contains(path)
                || path.startsWith("/css/")
                || !accounts.find(auth.getName())
                        .map(Account::mustChangePassword)
                        .orElse(false)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/admin/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"title\":\"Mot de passe provisoire\",\"status\":403,\"detail\":\"Changez d'abord votre"
                            + " mot de passe provisoire : POST " + API + " {\\\"nouveau\\\": \\\"...\\\"}\"}");
            return;
        }
        requests.saveRequest(request, response);
        response.sendRedirect(request.getContextPath() + PAGE);
    }
}
