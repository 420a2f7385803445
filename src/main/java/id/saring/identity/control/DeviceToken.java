package id.saring.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret a browser keeps after logging in (OWASP's "device cookie"): 256 random bits, written
 * as 43 Base64url characters. The server keeps only its SHA-256: a random secret this long cannot
 * be guessed, so it needs no slow hash, and a copied table holds nothing a browser could send.
 */
public final class DeviceToken {

    /** How long a browser stays known after a login: a school year and the holidays after it. */
    public static final Duration LIFETIME = Duration.ofDays(365);

    private static final int BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private DeviceToken() {}

    public static String create(SecureRandom random) {
        byte[] secret = new byte[BYTES];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The stored form of a token; nothing for a value no token of ours can have (so it is never looked up). */
    public static Optional<String> hashOf(String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Optional.of(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** Whether a token issued at {@code issuedAt} still names its browser. */
    public static boolean isCurrent(Instant issuedAt, Instant now) {
        return issuedAt.plus(LIFETIME).isAfter(now);
    }
}
