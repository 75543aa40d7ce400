package fr.dui.server.identity;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A matricule INS (NIR or NIA): 13 characters and a 2-digit key, where the key is 97 minus the 13-character number
 * modulo 97. For people born in Corsica the department is 2A or 2B, read as 19 and 18 for the key.
 */
public final class InsNumber {

    private static final Pattern FORMAT = Pattern.compile("^[0-9]{5}([0-9]{2}|2A|2B)[0-9]{6}[0-9]{2}$");

    private InsNumber() {}

    /** Whether the value has the INS format (15 characters, Corsica allowed). */
    public static boolean hasValidFormat(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The key the 13-character number calls for; empty when the format is wrong. */
    public static Optional<Integer> expectedKey(String value) {
        if (!hasValidFormat(value)) {
            return Optional.empty();
        }
        String number = value.substring(0, 13).replace("2A", "19").replace("2B", "18");
        int remainder = new BigInteger(number).mod(BigInteger.valueOf(97)).intValue();
        return Optional.of(97 - remainder);
    }

    /** Whether the key (last two digits) is the right one. */
    public static boolean hasValidKey(String value) {
        return expectedKey(value)
                .map(key -> key == Integer.parseInt(value.substring(13)))
                .orElse(false);
    }
}
