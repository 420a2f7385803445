package id.saring.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 with HMAC-SHA256 at 210,000 iterations (OWASP's 2023 figure), 32-byte salt and key.
 * Stored as {@code PBKDF2WithHmacSHA256:210000:salt:hash}, so a later, higher cost can verify
 * old hashes and rehash them on login.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody knows, to spend the same time when a username is unknown. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash(PasswordGenerator.generate(16));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Costs as much as {@link #matches} and is always false: for unknown usernames. */
    public boolean matchesNothing(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
        return false;
    }
}
