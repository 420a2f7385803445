package id.saring.infrastructure.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every string exists in Bahasa Indonesia and in English, and every pattern formats. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties indonesian = load("id");
        Properties english = load("en");
        assertEquals(new TreeSet<>(indonesian.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void patternsWithArgumentsFormatInBothLanguages() throws IOException {
        for (String language : Languages.SUPPORTED) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertFalse(text.isBlank(), key);
                if (PLACEHOLDER.matcher(text).find()) {
                    // An apostrophe would silently swallow the placeholder in MessageFormat.
                    assertFalse(text.contains("'"), language + ":" + key + " has an apostrophe");
                    String formatted =
                            new MessageFormat(text, Locale.forLanguageTag(language)).format(arguments(text, 2));
                    assertTrue(formatted.contains("X"), language + ":" + key);
                }
            }
        }
    }

    /** English counts say "1 student", "2 students"; Indonesian has no plural form. */
    @Test
    void englishCountsAgreeWithTheirNumber() throws IOException {
        Locale english = Languages.locale("en");
        assertEquals(
                "Grades 7-9 · 1 hour · 3 lessons · 2 MB to download",
                Messages.text(english, "learn.facts", "7-9", 1, 3, 2));
        assertEquals(
                "Grades 7 · 2 hours · 1 lesson · 1 MB to download",
                Messages.text(english, "learn.facts", "7", 2, 1, 1));
        assertEquals(
                "1 student is stuck and 1 is behind, of 3. They are listed first.",
                Messages.text(english, "report.attention", 1, 1, 3));
        assertEquals(
                "2 students are stuck and none is behind, of 2. They are listed first.",
                Messages.text(english, "report.attention", 2, 0, 2));
        assertEquals(
                "1 siswa macet dan 1 siswa tertinggal, dari 3 siswa. Mereka ada di urutan teratas.",
                Messages.text(Languages.locale("id"), "report.attention", 1, 1, 3));
        Pattern onePlural =
                Pattern.compile("(^|\\D)1 (hours|lessons|students|questions|minutes|accounts|problems|modules"
                        + "|attempts|certificates|classes|answers|notes)\\b");
        for (String bundleName : java.util.List.of("messages", "problems")) {
            Properties bundle = load(bundleName, "en");
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.contains(",choice,")) {
                    for (int n = 0; n <= 2; n++) {
                        String formatted = new MessageFormat(text, english).format(arguments(text, n));
                        assertFalse(onePlural.matcher(formatted).find(), key + ": " + formatted);
                    }
                }
            }
        }
    }

    /** "X" for text placeholders, {@code count} for the counted ones (choice formats need a number). */
    private static Object[] arguments(String pattern, int count) {
        Object[] arguments = new Object[10];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = pattern.contains("{" + i + ",choice,") ? (Object) count : "X";
        }
        return arguments;
    }

    @Test
    void courseProblemsReadInBothLanguagesAndAlwaysFormat() throws IOException {
        Properties indonesian = load("problems", "id");
        Properties english = load("problems", "en");
        assertEquals(new TreeSet<>(indonesian.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        for (Properties bundle : java.util.List.of(indonesian, english)) {
            for (String key : bundle.stringPropertyNames()) {
                // Problems always pass through MessageFormat, where a quote would hide the rest.
                assertFalse(bundle.getProperty(key).contains("'"), key + " has an apostrophe");
            }
        }
    }

    @Test
    void indonesianIsFoundForTheIndonesianLocale() {
        assertEquals("Masuk", Messages.text(Languages.locale("id"), "login.submit"));
        assertEquals("Log in", Messages.text(Languages.locale("en"), "login.submit"));
        assertEquals(
                "Masuk",
                Messages.text(Languages.locale("fr"), "login.submit"),
                "unknown languages fall back to Indonesian");
    }

    private static Properties load(String language) throws IOException {
        return load("messages", language);
    }

    private static Properties load(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        String path = "/id/saring/i18n/" + bundle + "_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
