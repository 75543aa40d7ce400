package fr.dui.server.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UnprotectedApiGuardTest {

    private static SecuritySettings settings(boolean enforce) {
        return new SecuritySettings(
                "http://localhost:8080",
                Duration.ofMinutes(5),
                Duration.ofDays(30),
                null,
                "",
                5,
                Duration.ofMinutes(15),
                Duration.ofSeconds(60),
                Duration.ofHours(4),
                enforce);
    }

    @Test
    void anOpenApiIsRefusedUnlessOnlyTheLoopbackListens() {
        for (String address : new String[] {"", "0.0.0.0", "192.168.1.10", "::", "not-a-host.invalid"}) {
            assertThatThrownBy(() -> new UnprotectedApiGuard(settings(false), address).check())
                    .as(address)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("server.address=127.0.0.1");
        }
        for (String address : new String[] {"127.0.0.1", "::1", "localhost"}) {
            assertThatCode(() -> new UnprotectedApiGuard(settings(false), address).check())
                    .as(address)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void anEnforcedApiListensWhereItIsTold() {
        assertThatCode(() -> new UnprotectedApiGuard(settings(true), "0.0.0.0").check())
                .doesNotThrowAnyException();
    }
}
