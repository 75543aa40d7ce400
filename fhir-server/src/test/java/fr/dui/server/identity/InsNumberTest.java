package fr.dui.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InsNumberTest {

    @Test
    void keyIsNinetySevenMinusTheNumberModuloNinetySeven() {
        assertThat(InsNumber.hasValidKey("238056912304586")).isTrue();
        assertThat(InsNumber.hasValidKey("142076938801209")).isTrue();
        assertThat(InsNumber.expectedKey("238056912304599")).contains(86);
        assertThat(InsNumber.hasValidKey("238056912304599")).isFalse();
    }

    @Test
    void corsicanDepartmentsCountAsNineteenAndEighteen() {
        // 1 55 02 2A 004 012 : 2A is read as 19 for the key.
        String body = "155022A004012";
        long key = 97 - Long.parseLong(body.replace("2A", "19")) % 97;
        assertThat(InsNumber.hasValidKey(body + String.format("%02d", key))).isTrue();
        String bastia = "255032B033001";
        long keyB = 97 - Long.parseLong(bastia.replace("2B", "18")) % 97;
        assertThat(InsNumber.hasValidKey(bastia + String.format("%02d", keyB))).isTrue();
        assertThat(InsNumber.hasValidKey(bastia + String.format("%02d", key))).isFalse();
    }

    @Test
    void formatIsFifteenCharacters() {
        assertThat(InsNumber.hasValidFormat("23805691230458")).isFalse();
        assertThat(InsNumber.hasValidFormat("2380569123045866")).isFalse();
        assertThat(InsNumber.hasValidFormat("23805691230458X")).isFalse();
        assertThat(InsNumber.hasValidFormat(null)).isFalse();
        assertThat(InsNumber.expectedKey("abc")).isEmpty();
    }
}
