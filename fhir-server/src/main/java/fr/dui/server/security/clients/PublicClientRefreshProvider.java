package fr.dui.server.security.clients;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Accepts a public SMART app at the token endpoint for a refresh: it must be registered as public (no secret) and
 * allowed the refresh grant. The refresh token itself is checked by the refresh grant (bound to this client,
 * unexpired, not yet used).
 */
public final class PublicClientRefreshProvider implements AuthenticationProvider {

    private final RegisteredClientRepository clients;

    public PublicClientRefreshProvider(RegisteredClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
        if (!ClientAuthenticationMethod.NONE.equals(request.getClientAuthenticationMethod())
                || !AuthorizationGrantType.REFRESH_TOKEN
                        .getValue()
                        .equals(request.getAdditionalParameters().get("grant_type"))) {
            return null;
        }
        RegisteredClient client = clients.findByClientId(String.valueOf(request.getPrincipal()));
        if (client == null
                || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
                || !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
        }
        return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
