package fr.dui.server.security.accounts;

import java.time.Instant;

/**
 * A person gave (or failed to give) the code of their second factor (for the audit trail).
 *
 * @param at when
 * @param username who
 * @param success whether the code was right
 * @param remoteAddress from where
 */
public record SecondFactorChecked(Instant at, String username, boolean success, String remoteAddress) {}
