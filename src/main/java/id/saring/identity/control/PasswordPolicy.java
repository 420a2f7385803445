package id.saring.identity.control;

import id.saring.identity.IdentityMessages;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be. Kept short enough for a child to type from a printed card, long
 * enough not to be guessed, and never one of the passwords everybody tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /** Message keys, one per rule, so the page can explain the problem in the reader's language. */
    public enum Problem {
        TOO_SHORT(IdentityMessages.PASSWORD_TOO_SHORT),
        TOO_LONG(IdentityMessages.PASSWORD_TOO_LONG),
        SAME_AS_USERNAME(IdentityMessages.PASSWORD_SAME_AS_USERNAME),
        TOO_COMMON(IdentityMessages.PASSWORD_TOO_COMMON);

        public final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private static final Set<String> COMMON = Set.of(
            "12345678",
            "123456789",
            "1234567890",
            "87654321",
            "11111111",
            "00000000",
            "password",
            "password1",
            "passw0rd",
            "qwertyui",
            "qwerty123",
            "iloveyou",
            "sayangku",
            "katasandi",
            "rahasia123",
            "indonesia",
            "bismillah",
            "admin123",
            "saring123",
            "abcdefgh",
            "asdfghjk");

    private PasswordPolicy() {}

    public static Optional<Problem> check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(Username.normalize(username))) {
            return Optional.of(Problem.SAME_AS_USERNAME);
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
            return Optional.of(Problem.TOO_COMMON);
        }
        return Optional.empty();
    }
}
