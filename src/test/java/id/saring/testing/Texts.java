package id.saring.testing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saring's texts in Bahasa Indonesia, as the browser tests' pages show them: looked up in the
 * message bundles (messages_id, problems_id) and formatted by the application's rules, so that a
 * test asserts the message the page is meant to show, not a copy of its words.
 */
public final class Texts {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(?:,[^}]*)?}");

    private static final ResourceBundle.Control ONLY_PROPERTIES =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {}

    /**
     * A page's text ({@code messages_id.properties}): as written when it takes no arguments (as
     * {@code #{msg[key]}} shows it), else formatted (as {@code h:outputFormat} and Faces messages
     * format it).
     */
    public static String of(String key, Object... arguments) {
        String pattern = bundle("id.saring.i18n.messages").getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, INDONESIAN).format(arguments);
    }

    /**
     * A page's text whatever its arguments: each placeholder a group, of any text within the
     * message and of one word (no space, no tag) at its start or end.
     */
    public static Pattern pattern(String key) {
        return patternOf(bundle("id.saring.i18n.messages").getString(key));
    }

    /** A course checker's problem ({@code problems_id.properties}), always formatted (Problem.message). */
    public static String problem(String key, Object... arguments) {
        return new MessageFormat(bundle("id.saring.i18n.problems").getString(key), INDONESIAN).format(arguments);
    }

    /** A course checker's problem whatever its arguments, as {@link #pattern} reads a page's text. */
    public static Pattern problemPattern(String key) {
        return patternOf(bundle("id.saring.i18n.problems").getString(key));
    }

    private static Pattern patternOf(String text) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(text.substring(last, placeholder.start())))
                    .append(placeholder.start() == 0 || placeholder.end() == text.length() ? "([^\\s<>]+)" : "(.+?)");
            last = placeholder.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(text.substring(last))).toString(), Pattern.DOTALL);
    }

    private static ResourceBundle bundle(String name) {
        return ResourceBundle.getBundle(name, INDONESIAN, ONLY_PROPERTIES);
    }
}
