package id.saring.catalog.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A text in one or more languages. Bahasa Indonesia is always there; other languages are optional
 * and fall back to it.
 */
public record LocalizedText(Map<String, String> byLanguage) {

    public static final String INDONESIAN = "id";

    public LocalizedText {
        Objects.requireNonNull(byLanguage);
        if (!byLanguage.containsKey(INDONESIAN)) {
            throw new IllegalArgumentException("Bahasa Indonesia is required.");
        }
        byLanguage = Map.copyOf(new TreeMap<>(byLanguage));
    }

    public static LocalizedText indonesian(String text) {
        return new LocalizedText(Map.of(INDONESIAN, text));
    }

    /** The text in the given language, or in Bahasa Indonesia when there is no translation. */
    public String in(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get(INDONESIAN));
    }

    /** Whether it was written in this language, not only falling back to Bahasa Indonesia. */
    public boolean has(String language) {
        return byLanguage.containsKey(language);
    }

    /**
     * The text in the locale's language. Named apart from {@link #in(String)} on purpose: with two
     * methods called {@code in}, EL tries for every {@code #{text.in(language.tag)}} whether the
     * String could become a Locale, asks java.beans for a LocaleEditor class, and so queues every
     * page render on the web application's class loader (seen with Java Flight Recorder).
     */
    public String inLocale(Locale locale) {
        return in(locale.getLanguage());
    }

    public String indonesian() {
        return byLanguage.get(INDONESIAN);
    }

    /** The texts one after another in every language any of them has, e.g. a list of answers. */
    public static LocalizedText join(String separator, List<LocalizedText> texts) {
        LinkedHashSet<String> languages = new LinkedHashSet<>(List.of(INDONESIAN));
        texts.forEach(t -> languages.addAll(t.byLanguage().keySet()));
        Map<String, String> joined = new TreeMap<>();
        for (String language : languages) {
            joined.put(
                    language,
                    String.join(
                            separator, texts.stream().map(t -> t.in(language)).toList()));
        }
        return new LocalizedText(joined);
    }

    /**
     * {@code text} between quotation marks, once: a text that already starts and ends with quotes
     * (a quoted chat line, {@code "Copas dari grup sebelah"}) keeps its own instead of getting two pairs.
     */
    public static String quote(String text) {
        String stripped = text.strip();
        if (stripped.length() >= 2 && isQuote(stripped.charAt(0)) && isQuote(stripped.charAt(stripped.length() - 1))) {
            return "“" + stripped.substring(1, stripped.length() - 1) + "”";
        }
        return "“" + stripped + "”";
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '\'' || c == '‘' || c == '’' || c == '«' || c == '»';
    }
}
