package fr.dui.server.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code dui.security.enforce=false} (the FHIR API without tokens nor access rules, for benchmarks against plain
 * HAPI) from ever reaching a network: the server must then listen on the loopback interface only, and says loudly
 * that it is open.
 */
public final class UnprotectedApiGuard {

    private static final Logger log = LoggerFactory.getLogger(UnprotectedApiGuard.class);

    private final SecuritySettings settings;
    private final String serverAddress;

    public UnprotectedApiGuard(SecuritySettings settings, String serverAddress) {
        this.settings = settings;
        this.serverAddress = serverAddress == null ? "" : serverAddress.trim();
    }

    /** Refuses to go on when the API would be open beyond this machine. */
    public void check() {
        if (settings.enforce()) {
            return;
        }
        if (!loopback(serverAddress)) {
            throw new IllegalStateException("dui.security.enforce=false leaves the FHIR API without any access control:"
                    + " it is only allowed with server.address=127.0.0.1 (or ::1), found '" + serverAddress + "'");
        }
        log.warn(
                "*** dui.security.enforce=false: the FHIR API asks for no token and applies no access rule."
                        + " Listening on {} only. Never use this setting with real data. ***",
                serverAddress);
    }

    static boolean loopback(String address) {
        if (address.isEmpty()) {
            return false; // Spring Boot then listens on every interface
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
