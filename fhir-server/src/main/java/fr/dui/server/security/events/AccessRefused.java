package fr.dui.server.security.events;

import java.time.Instant;

/**
 * A FHIR request was turned away before reaching the API: no token, or a token that is not valid here.
 *
 * @param reason the error code sent ({@code authentication-required}, {@code invalid-token})
 * @param method HTTP method
 * @param path the requested path
 * @param remoteAddress the caller's address
 * @param at when
 */
public record AccessRefused(String reason, String method, String path, String remoteAddress, Instant at) {}
