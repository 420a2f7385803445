package id.saring.catalog.content;

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

    public String in(Locale locale) {
        return in(locale.getLanguage());
    }

    public String indonesian() {
        return byLanguage.get(INDONESIAN);
    }
}
