package fr.dui.server.security.clients;

import java.util.List;

/**
 * A SMART client as an administrator declares it (clients file or admin API).
 *
 * @param clientId the client_id
 * @param name the name people see on the consent screen
 * @param kind {@code public} (browser or mobile app, PKCE, no secret), {@code confidential} (server-side app, client
 *     secret, PKCE), {@code backend} (SMART Backend Services: client_credentials with a signed JWT), {@code service}
 *     (client_credentials with a secret: scripts and trials on a server of one's own)
 * @param secret the client secret of a confidential app or a service
 * @param redirectUris exact redirect URIs
 * @param scopes the scopes the client may ask for
 * @param jwks the public JWK Set of a backend client, inline (JSON)
 * @param jwksUrl or its URL
 * @param algorithm the signing algorithm of its assertions: RS384 (default) or ES384
 */
public record ClientDeclaration(
        String clientId,
        String name,
        String kind,
        String secret,
        List<String> redirectUris,
        List<String> scopes,
        String jwks,
        String jwksUrl,
        String algorithm) {}
