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
                            new MessageFormat(text, Locale.forLanguageTag(language)).format(new Object[] {"X", "Y"});
                    assertTrue(formatted.contains("X"), language + ":" + key);
                }
            }
        }
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
