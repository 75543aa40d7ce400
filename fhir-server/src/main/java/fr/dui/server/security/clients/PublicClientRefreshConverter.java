package fr.dui.server.security.clients;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads a refresh request of a public SMART app (a browser app has no secret): {@code grant_type=refresh_token} and
 * {@code client_id}, without any client credential. Spring Authorization Server only knows public clients for the
 * code exchange; SMART lets them refresh, which is safe here because refresh tokens rotate on every use.
 *
 * <p>Many browser apps send no {@code client_id} when they refresh (the {@code fhirclient} library does not, by
 * default): the refresh token then names its client, which must still be a public one ({@link
 * PublicClientRefreshProvider}), and the refresh grant checks the token is bound to it.
 */
public final class PublicClientRefreshConverter implements AuthenticationConverter {

    private final OAuth2AuthorizationService authorizations;
    private final RegisteredClientRepository clients;

    public PublicClientRefreshConverter(OAuth2AuthorizationService authorizations, RegisteredClientRepository clients) {
        this.authorizations = authorizations;
        this.clients = clients;
    }

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
        String clientId;
        if (clientIds == null) {
            clientId = clientOfRefreshToken(request.getParameter("refresh_token"));
        } else {
            clientId = clientIds.length == 1 ? clientIds[0] : null;
        }
        if (clientId == null || clientId.isBlank()) {
            return null;
        }
        Map<String, Object> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("client_id")) {
                parameters.put(name, values.length == 1 ? values[0] : values);
            }
        });
        return new OAuth2ClientAuthenticationToken(clientId, ClientAuthenticationMethod.NONE, null, parameters);
    }

    private String clientOfRefreshToken(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return null;
        }
        OAuth2Authorization authorization = authorizations.findByToken(refreshToken, OAuth2TokenType.REFRESH_TOKEN);
        if (authorization == null) {
            return null;
        }
        RegisteredClient client = clients.findById(authorization.getRegisteredClientId());
        return client == null ? null : client.getClientId();
    }
}
