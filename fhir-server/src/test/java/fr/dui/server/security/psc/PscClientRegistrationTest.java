package fr.dui.server.security.psc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** PSC unreachable: no login with PSC, but no failure either (the server keeps serving form logins). */
class PscClientRegistrationTest {

    @Test
    void anUnreachableProviderIsUnavailableNotAnError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PscSettings settings = new PscSettings(
                "http://127.0.0.1:" + closedPort + "/auth/realms/esante-wallet", "dui", "secret", "openid", "eidas1");
        PscClientRegistration registration = new PscClientRegistration(
                settings, "http://localhost:8080/", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

        assertThat(registration.available()).isFalse();
        assertThat(registration.findByRegistrationId(PscClientRegistration.ID)).isNull();
        assertThat(registration.findByRegistrationId("autre")).isNull();
    }

    @Test
    void settingsNeedAClientOnlyWhenPscIsOn() {
        assertThat(new PscSettings("", "", "", "openid scope_all", "eidas1").isComplete())
                .isTrue();
        assertThat(new PscSettings("", "", "", "openid scope_all", "eidas1").enabled())
                .isFalse();
        assertThat(new PscSettings("https://auth.esw.esante.gouv.fr/auth/realms/esante-wallet", "", "", "openid", "")
                        .isComplete())
                .isFalse();
        assertThat(new PscSettings("pas une url", "dui", "secret", "openid", "").isComplete())
                .isFalse();
        assertThat(new PscSettings(
                                "https://auth.esw.esante.gouv.fr/auth/realms/esante-wallet",
                                "dui",
                                "secret",
                                "openid scope_all",
                                "eidas1")
                        .isComplete())
                .isTrue();
    }
}
