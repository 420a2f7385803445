package id.saring.catalog.yaml;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong in a course's files: where (file and line, 0 when it concerns the whole file)
 * and what, as a message key of the {@code problems} bundle so it reads in the author's language.
 */
public record Problem(String file, int line, String key, List<Object> arguments) implements Serializable {

    public static final String BUNDLE = "id.saring.i18n.problems";

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public String message(Locale locale) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    /** {@code file:line: message}, the form compilers use and editors understand. */
    public String describe(Locale locale) {
        return (line > 0 ? file + ":" + line : file) + ": " + message(locale);
    }
}
