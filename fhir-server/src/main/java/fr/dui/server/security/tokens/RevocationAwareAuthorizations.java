package fr.dui.server.security.tokens;

import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorization store of the SMART server, which also tells {@link RevokedTokens} when an access token stops
 * being valid before its expiry: revocation of the token or of its refresh token, or removal of the authorization.
 */
public class RevocationAwareAuthorizations implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService delegate;
    private final RevokedTokens revoked;

    public RevocationAwareAuthorizations(OAuth2AuthorizationService delegate, RevokedTokens revoked) {
        this.delegate = delegate;
        this.revoked = revoked;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
        if (access != null && access.isInvalidated()) {
            revoke(access.getToken());
        }
        delegate.save(authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
        if (access != null) {
            revoke(access.getToken());
        }
        delegate.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return delegate.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return delegate.findByToken(token, tokenType);
    }

    private void revoke(OAuth2AccessToken token) {
        Instant expires = token.getExpiresAt() == null ? Instant.now().plusSeconds(86_400) : token.getExpiresAt();
        revoked.revoke(token.getTokenValue(), expires);
    }
}
