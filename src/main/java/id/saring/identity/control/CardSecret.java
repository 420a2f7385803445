package id.saring.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret a login card's QR code carries: 256 random bits, written as 43 Base64url characters
 * (letters, digits, '-' and '_', so it fits a URL's fragment as it is). The server keeps only its
 * SHA-256: a random secret this long cannot be guessed or looked up in a table, so it needs no
 * slow hash (a scan costs microseconds, not a PBKDF2), and a copied database holds nothing a
 * phone could send.
 */
public final class CardSecret {

    private static final int BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private CardSecret() {}

    public static String create(SecureRandom random) {
        byte[] secret = new byte[BYTES];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /**
     * The stored form of a secret; nothing for a value no card of ours can carry (so a mistyped or
     * overlong one is never looked up).
     */
    public static Optional<String> hashOf(String secret) {
        if (secret == null || !FORMAT.matcher(secret).matches()) {
            return Optional.empty();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return Optional.of(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
