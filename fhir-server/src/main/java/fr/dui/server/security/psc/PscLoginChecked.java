package fr.dui.server.security.psc;

import java.time.Instant;

/**
 * A professional logged in with Pro Santé Connect, or was refused (for the audit trail).
 *
 * @param at when
 * @param idNat the idNat_PS PSC gave, when it gave one
 * @param username the local account the person acts as (on success)
 * @param success whether the person is now logged in
 * @param reason why not: {@code unknown-practitioner}, {@code no-matching-activity}, {@code account-disabled}, or
 *     PSC's error code
 * @param remoteAddress from where
 */
public record PscLoginChecked(
        Instant at, String idNat, String username, boolean success, String reason, String remoteAddress) {}
