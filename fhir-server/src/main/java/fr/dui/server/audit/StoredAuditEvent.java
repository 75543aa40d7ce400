package fr.dui.server.audit;

/** A row of the trail: the event as written, and its place in the chain. */
record StoredAuditEvent(long seq, String json, String previousHash, String hash) {}
