package id.saring.catalog.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A broken YAML file is explained in the author's language, with its file and line, never in SnakeYAML's English. */
class YamlSyntaxTest {

    /** Words of SnakeYAML's messages that must never reach an author. */
    private static final Pattern ENGINE = Pattern.compile(
            "expected|found|stream|scalar|node content|mapping values|block end|token", Pattern.CASE_INSENSITIVE);

    @Test
    void everyKnownSyntaxErrorReadsInIndonesianAndEnglish() {
        Map<String, String> broken = Map.ofEntries(
                Map.entry("title: [\n", "yaml.syntax.endTooSoon"),
                Map.entry("id: a\n  b: c\n", "yaml.syntax.colon"),
                Map.entry("id: a\n\tb: c\n", "yaml.syntax.tab"),
                Map.entry("id: \"abc\n", "yaml.syntax.unclosedQuote"),
                Map.entry("a: *x\n", "yaml.syntax.alias"),
                Map.entry("a:\n  - b\n  c: d\n", "yaml.syntax.indentation"),
                Map.entry("a: {b: c\n", "yaml.syntax.endTooSoon"),
                Map.entry("a: @x\n", "yaml.syntax.character"),
                Map.entry("a: &\n", "yaml.syntax.anchor"),
                Map.entry("a: b\n---\nc: d\n", "yaml.syntax.twoDocuments"));
        broken.forEach((yaml, key) -> {
            Problems problems = new Problems();
            assertTrue(YamlMap.parse("course.yaml", yaml, 0, problems).isEmpty(), yaml);
            Problem problem = problems.all().getFirst();
            assertEquals(key, problem.key(), yaml);
            for (String language : new String[] {"id", "en"}) {
                String said = problem.describe(Locale.forLanguageTag(language));
                assertFalse(ENGINE.matcher(said).find(), language + ": " + said);
                assertTrue(said.startsWith("course.yaml:"), said);
            }
        });
    }

    @Test
    void theLineIsCountedFromTheStartOfTheFile() {
        Problems problems = new Problems();
        YamlMap.parse("01-apa-itu-hoaks.md", "title: x\nminutes: [3\n", 1, problems);
        assertEquals(
                "01-apa-itu-hoaks.md:4: Berkas berakhir sebelum nilai di sini selesai ditulis. Mungkin ada kurung siku"
                        + " atau kurung kurawal yang belum ditutup.",
                problems.all().getFirst().describe(Locale.forLanguageTag("id")));
    }
}
