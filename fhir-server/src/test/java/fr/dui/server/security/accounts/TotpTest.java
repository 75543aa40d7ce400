package fr.dui.server.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 and RFC 4648 test vectors, and the drift window. */
class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theRfc6238VectorsForSha1() {
        // RFC 6238, appendix B (8 digits, SHA1)
        assertThat(Totp.code(RFC_KEY, 59 / 30, 8)).isEqualTo("94287082");
        assertThat(Totp.code(RFC_KEY, 1111111109L / 30, 8)).isEqualTo("07081804");
        assertThat(Totp.code(RFC_KEY, 1234567890L / 30, 8)).isEqualTo("89005924");
        assertThat(Totp.code(RFC_KEY, 20000000000L / 30, 8)).isEqualTo("65353130");
    }

    @Test
    void base32AsRfc4648() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Totp.fromBase32("MZXW6YTBOI"), StandardCharsets.US_ASCII))
                .isEqualTo("foobar");
        assertThat(Totp.fromBase32(Totp.base32(RFC_KEY))).isEqualTo(RFC_KEY);
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterPassesNotFurther() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-28T10:00:15Z");
        assertThat(Totp.verify(secret, Totp.codeAt(secret, now), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.codeAt(secret, now.minusSeconds(30)), now))
                .isTrue();
        assertThat(Totp.verify(secret, Totp.codeAt(secret, now.plusSeconds(30)), now))
                .isTrue();
        assertThat(Totp.verify(secret, Totp.codeAt(secret, now.minusSeconds(90)), now))
                .isFalse();
        assertThat(Totp.verify(secret, "12345", now)).isFalse();
        assertThat(Totp.verify(secret, "abcdef", now)).isFalse();
        assertThat(Totp.uri("DUI", "s.bernard", secret))
                .startsWith("otpauth://totp/DUI%3As.bernard?secret=" + secret)
                .contains("period=30");
    }
}
