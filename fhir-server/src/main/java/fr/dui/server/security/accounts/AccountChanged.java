package fr.dui.server.security.accounts;

import java.time.Instant;

/**
 * An administrator changed an account, or a person changed their password (for the audit trail).
 *
 * @param at when
 * @param by who did it (login)
 * @param what {@code account-created}, {@code account-disabled}, {@code account-enabled}, {@code password-reset},
 *     {@code password-changed}
 * @param account the account changed
 * @param remoteAddress from where
 */
public record AccountChanged(Instant at, String by, String what, String account, String remoteAddress) {}
