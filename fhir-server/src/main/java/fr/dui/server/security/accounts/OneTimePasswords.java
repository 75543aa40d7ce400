package fr.dui.server.security.accounts;

import java.security.SecureRandom;
import java.util.Base64;

/** One-time passwords for new and reset accounts: 120 random bits, URL-safe. */
public final class OneTimePasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    public static String generate() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
