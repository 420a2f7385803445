package id.saring.publishing.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.yaml.Problems;
import id.saring.catalog.yaml.YamlMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuizYamlTest {

    @Test
    void anyTextReadsBackExactly() {
        List<String> texts = List.of(
                "plain",
                "quote \" backslash \\ colon: hash # dash - star * amp & bang ! pipe | gt >",
                "line\nbreak\r\nand\ttab",
                "bell \u0007 escape \u001B delete \u007F next line \u0085",
                "separators \u2028 \u2029 and bom \uFEFF",
                "emoji \uD83D\uDE00, arabic \u0645\u0631\u062D\u0628\u0627, accents é ñ",
                "---",
                "...",
                "null",
                "true",
                "123",
                "  spaces around  ");
        for (String text : texts) {
            QuizYaml yaml = new QuizYaml("kuis", text);
            Problems problems = new Problems();

            YamlMap read = YamlMap.parse("quiz.yaml", yaml.text(), 0, problems).orElseThrow();

            assertTrue(problems.isEmpty(), text);
            assertEquals(text.strip(), read.string("title").orElseThrow(), text);
        }
    }

    @Test
    void commentsCannotBreakOutOfTheirLine() {
        QuizYaml yaml = new QuizYaml("kuis", "Kuis");
        yaml.comment("$CATEGORY: a\nquestions: [] \u2028 # b");
        yaml.question(Map.of("id", "q-1"));

        Problems problems = new Problems();
        YamlMap read = YamlMap.parse("quiz.yaml", yaml.text(), 0, problems).orElseThrow();

        assertTrue(problems.isEmpty());
        assertEquals(1, read.maps("questions").size());
        assertTrue(yaml.text().contains("  # $CATEGORY: a questions: [] # b\n"), yaml.text());
    }
}
