package fr.dui.server.security.tokens;

import java.time.Instant;
import java.util.Base64;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Refresh tokens the SMART way: issued when the person granted {@code offline_access} or {@code online_access}, to
 * public and confidential apps alike, never for {@code client_credentials}; a new one at each refresh (rotation: the
 * previous one stops working).
 */
public final class SmartRefreshTokens implements OAuth2TokenGenerator<OAuth2RefreshToken> {

    private final StringKeyGenerator keys =
            new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 96);

    @Override
    public OAuth2RefreshToken generate(OAuth2TokenContext context) {
        if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())) {
            return null;
        }
        AuthorizationGrantType grant = context.getAuthorizationGrantType();
        boolean refreshing = AuthorizationGrantType.REFRESH_TOKEN.equals(grant);
        boolean granted = AuthorizationGrantType.AUTHORIZATION_CODE.equals(grant)
                && (context.getAuthorizedScopes().contains("offline_access")
                        || context.getAuthorizedScopes().contains("online_access"));
        if (!refreshing && !granted) {
            return null;
        }
        Instant now = Instant.now();
        return new OAuth2RefreshToken(
                keys.generateKey(),
                now,
                now.plus(context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive()));
    }
}
