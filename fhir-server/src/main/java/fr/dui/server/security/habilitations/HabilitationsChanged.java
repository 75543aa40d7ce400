package fr.dui.server.security.habilitations;

import java.time.Instant;

/**
 * An administrator replaced the habilitation matrix (for the audit trail).
 *
 * @param at when
 * @param by the administrator's login
 * @param cells how many cells the new matrix has
 * @param remoteAddress where the request came from
 */
public record HabilitationsChanged(Instant at, String by, int cells, String remoteAddress) {}
