package fr.dui.server.security.access;

import fr.dui.profiles.DuiCanonicals;
import fr.dui.server.platform.errors.DuiError;
import fr.dui.server.security.events.AccessRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** A FHIR request without a valid access token gets a 401 OperationOutcome in French, and is announced. */
public class OperationOutcomeEntryPoint implements AuthenticationEntryPoint {

    private final ApplicationEventPublisher events;

    public OperationOutcomeEntryPoint(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean missing = request.getHeader("Authorization") == null;
        DuiError error = missing ? DuiError.AUTHENTICATION_REQUIRED : DuiError.INVALID_TOKEN;
        events.publishEvent(new AccessRefused(
                error.code(), request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), Instant.now()));
        response.setStatus(error.status());
        response.setHeader("WWW-Authenticate", missing ? "Bearer" : "Bearer error=\"invalid_token\"");
        response.setContentType("application/fhir+json;charset=UTF-8");
        response.getOutputStream()
                .write(("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\""
                                + error.issueType().toCode() + "\",\"details\":{\"coding\":[{\"system\":\""
                                + DuiCanonicals.ERROR_CODES + "\",\"code\":\"" + error.code() + "\"}],\"text\":\""
                                + error.message() + "\"}}]}")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
