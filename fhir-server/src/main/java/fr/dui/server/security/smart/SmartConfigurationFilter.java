package fr.dui.server.security.smart;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dui.server.security.SecuritySettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Serves {@code /fhir/.well-known/smart-configuration}, which sits under the FHIR servlet's path. */
public class SmartConfigurationFilter extends OncePerRequestFilter {

    public static final String PATH = "/fhir/.well-known/smart-configuration";

    private final byte[] document;

    public SmartConfigurationFilter(SecuritySettings settings) {
        try {
            this.document = new ObjectMapper().writeValueAsBytes(SmartConfiguration.document(settings));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (PATH.equals(request.getRequestURI()) && "GET".equals(request.getMethod())) {
            response.setContentType("application/json");
            response.setHeader("Cache-Control", "max-age=3600");
            response.getOutputStream().write(document);
            return;
        }
        chain.doFilter(request, response);
    }
}
