package id.saring.identity.control;

import java.security.SecureRandom;

/**
 * Random passwords that are easy to read aloud and to copy from paper: no 0/O, 1/l/I look-alikes.
 */
public final class PasswordGenerator {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {}

    public static String generate(int length) {
        if (length < PasswordPolicy.MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "Generated passwords have at least " + PasswordPolicy.MIN_LENGTH + " characters.");
        }
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
