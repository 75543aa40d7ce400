package fr.dui.server.security.habilitations;

/**
 * A professional opened a usager's record in emergency (for the audit trail).
 *
 * @param grant what was granted, to whom, why and until when
 * @param clientId from which app
 * @param remoteAddress from where, when known
 */
public record BreakGlassGranted(BreakGlassStore.Grant grant, String clientId, String remoteAddress) {}
