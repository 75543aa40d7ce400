package fr.dui.pro.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SmartContextTest {

    private static SmartContext granted(String scopes) {
        return new SmartContext("a", "r", Instant.now(), scopes, "p", null, "PractitionerRole/1");
    }

    @Test
    void createIsOfferedOnlyWhenAGrantedScopeAllowsIt() {
        assertThat(granted("openid fhirUser user/*.cruds").mayCreate("Observation"))
                .isTrue();
        assertThat(granted("user/Observation.crs").mayCreate("Observation")).isTrue();
        assertThat(granted("user/Observation.write").mayCreate("Observation")).isTrue();
        assertThat(granted("user/*.rs").mayCreate("Observation")).isFalse();
        assertThat(granted("user/Patient.cruds").mayCreate("Observation")).isFalse();
        assertThat(granted("system/*.cruds").mayCreate("Observation")).isFalse();
    }

    @Test
    void aRefreshKeepsTheLaunchContextTheTokenResponseDoesNotRepeat() {
        SmartContext launched = new SmartContext(
                "a1", "r1", Instant.parse("2026-11-28T08:00:00Z"), "launch user/*.cruds", "jeanne", "sejour", "Pr/1");
        SmartContext refreshed = launched.refreshedWith(
                new TokenResponse("a2", null, 300, null, null, null, null), Instant.parse("2026-11-28T08:04:40Z"));

        assertThat(refreshed.accessToken()).isEqualTo("a2");
        assertThat(refreshed.refreshToken()).isEqualTo("r1");
        assertThat(refreshed.expiresAt()).isEqualTo(Instant.parse("2026-11-28T08:09:40Z"));
        assertThat(refreshed.patient()).isEqualTo("jeanne");
        assertThat(refreshed.encounter()).isEqualTo("sejour");
        assertThat(refreshed.scopes()).isEqualTo("launch user/*.cruds");
    }
}
