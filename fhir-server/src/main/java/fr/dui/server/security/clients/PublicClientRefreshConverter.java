package fr.dui.server.security.clients;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads a refresh request of a public SMART app (a browser app has no secret): {@code grant_type=refresh_token} and
 * {@code client_id}, without any client credential. Spring Authorization Server only knows public clients for the
 * code exchange; SMART lets them refresh, which is safe here because refresh tokens rotate on every use.
 */
public final class PublicClientRefreshConverter implements AuthenticationConverter {

    @Override
    public Authentication convert(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())
                || !AuthorizationGrantType.REFRESH_TOKEN.getValue().equals(request.getParameter("grant_type"))
                || request.getHeader("Authorization") != null
                || request.getParameter("client_secret") != null
                || request.getParameter("client_assertion") != null) {
            return null;
        }
        String[] clientIds = request.getParameterValues("client_id");
        if (clientIds == null || clientIds.length != 1 || clientIds[0].isBlank()) {
            return null;
        }
        Map<String, Object> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("client_id")) {
                parameters.put(name, values.length == 1 ? values[0] : values);
            }
        });
        return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null, parameters);
    }
}
