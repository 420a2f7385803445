package id.saring.identity.control;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A login name: 3–40 lower-case letters, digits, dots, dashes or underscores, starting with a
 * letter or digit. Easy to type on a phone and to print on a login card; no e-mail needed.
 */
public record Username(String value) {

    public static final int MAX_LENGTH = 40;

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    public Username {
        Objects.requireNonNull(value, "A username is required.");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a valid username: 3-40 of a-z, 0-9, '.', '-', '_'.");
        }
    }

    /** Reads what a person typed: surrounding spaces and capitals do not matter. */
    public static Username of(String typed) {
        return new Username(normalize(typed));
    }

    public static boolean isValid(String typed) {
        return typed != null && ALLOWED.matcher(normalize(typed)).matches();
    }

    /** The form under which a typed name is stored and looked up. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
