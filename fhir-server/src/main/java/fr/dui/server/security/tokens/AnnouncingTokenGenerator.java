package fr.dui.server.security.tokens;

import fr.dui.server.security.events.TokenIssued;
import java.time.Instant;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/** Generates tokens with the given generator and announces every access token issued ({@link TokenIssued}). */
public final class AnnouncingTokenGenerator implements OAuth2TokenGenerator<OAuth2Token> {

    private final OAuth2TokenGenerator<? extends OAuth2Token> delegate;
    private final ApplicationEventPublisher events;

    public AnnouncingTokenGenerator(
            OAuth2TokenGenerator<? extends OAuth2Token> delegate, ApplicationEventPublisher events) {
        this.delegate = delegate;
        this.events = events;
    }

    @Override
    public OAuth2Token generate(OAuth2TokenContext context) {
        OAuth2Token token = delegate.generate(context);
        if (token != null && OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            events.publishEvent(new TokenIssued(
                    context.getRegisteredClient().getClientId(),
                    context.getPrincipal() == null
                            ? null
                            : context.getPrincipal().getName(),
                    context.getAuthorizationGrantType().getValue(),
                    Set.copyOf(context.getAuthorizedScopes()),
                    Instant.now()));
        }
        return token;
    }
}
