package fr.dui.server.security.events;

import java.time.Instant;
import java.util.Set;

/**
 * The authorization server issued an access token.
 *
 * @param clientId the app
 * @param subject the account (or, for a backend service, the client) the token was issued to
 * @param grantType authorization_code, refresh_token, client_credentials
 * @param scopes the scopes granted
 * @param at when
 */
public record TokenIssued(String clientId, String subject, String grantType, Set<String> scopes, Instant at) {}
