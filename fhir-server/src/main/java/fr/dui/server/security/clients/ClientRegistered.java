package fr.dui.server.security.clients;

import java.time.Instant;

/**
 * An administrator registered or updated a SMART client (for the audit trail).
 *
 * @param at when
 * @param by the administrator's login
 * @param clientId the client
 * @param kind public, confidential, backend or service
 * @param remoteAddress from where
 */
public record ClientRegistered(Instant at, String by, String clientId, String kind, String remoteAddress) {}
