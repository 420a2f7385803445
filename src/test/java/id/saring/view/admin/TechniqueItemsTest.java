package id.saring.view.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.catalog.question.QuestionForm;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.QuestionTypes;
import id.saring.catalog.reading.QuizSource;
import id.saring.catalog.text.LocalizedText;
import jakarta.faces.model.SelectItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hoax-post editor's technique choices: a technique the tag list lacks (from a course file of
 * another server, say) is offered as written, so the page posts it back and saving keeps it.
 */
class TechniqueItemsTest {

    private static final Map<String, LocalizedText> TAGS = new LinkedHashMap<>(Map.of(
            "pilar:etis",
            LocalizedText.indonesian("Etis"),
            "teknik:emosi",
            new LocalizedText(Map.of("id", "Memancing emosi", "en", "Stirring emotion"))));

    private static final String QUIZ =
            """
            id: kuis-hadiah
            title: Kuis hadiah
            questions:
              - id: q-hadiah
                type: hoax-post
                text: Tandai bagian yang mencurigakan.
                post:
                  kind: chat
                  sender: Om Budi
                  body: "[[hadiah|SELAMAT! Anda menang undian.]] [[desak|Klaim sebelum jam 12!]]"
                segments:
                  hadiah:
                    red-flag: true
                    technique: teknik:iming-iming-hadiah # not in this server's tag list
                    explanation: Undian yang tidak pernah diikuti.
                  desak:
                    red-flag: true
                    technique: teknik:emosi
                    explanation: Batas waktu membuat kita terburu-buru.
                verdict: hoaks
                technique: pilar:etis
            """;

    @Test
    void theKnownTechniquesAreOfferedByTheirNamesAndNothingElse() {
        List<SelectItem> items = QuestionEditorBacking.techniqueItems(TAGS, "en", "teknik:emosi", unknown -> "?");

        assertEquals(List.of("teknik:emosi"), values(items));
        assertEquals("Stirring emotion", items.getFirst().getLabel());
        assertEquals(List.of("teknik:emosi"), values(QuestionEditorBacking.techniqueItems(TAGS, "id", "", u -> "?")));
        assertEquals(List.of("teknik:emosi"), values(QuestionEditorBacking.techniqueItems(TAGS, "id", null, u -> "?")));
    }

    @Test
    void aTechniqueTheTagListLacksIsOfferedAsWrittenAndSavedBackUnchanged() {
        Map<String, Object> question =
                QuizSource.parse(QUIZ).orElseThrow().questions().getFirst();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> segments = (Map<String, Map<String, Object>>) question.get("segments");
        List<String> written = List.of(
                String.valueOf(segments.get("hadiah").get("technique")),
                String.valueOf(segments.get("desak").get("technique")),
                String.valueOf(question.get("technique")));

        for (String technique : written) {
            List<SelectItem> items = QuestionEditorBacking.techniqueItems(
                    TAGS, "id", technique, unknown -> unknown + " (tidak ada di daftar tag)");
            // A select posts back only an offered value; Faces refuses any other.
            assertEquals(1, values(items).stream().filter(technique::equals).count(), technique + " offered once");
        }
        List<SelectItem> unknown =
                QuestionEditorBacking.techniqueItems(TAGS, "id", "teknik:iming-iming-hadiah", u -> u + " (?)");
        assertEquals(List.of("teknik:emosi", "teknik:iming-iming-hadiah"), values(unknown));
        assertEquals("teknik:iming-iming-hadiah (?)", unknown.getLast().getLabel());

        Map<String, Object> saved =
                QuizSource.parse(QUIZ).orElseThrow().questions().getFirst();
        QuestionType hoaxPost = QuestionTypes.named("hoax-post").orElseThrow();
        QuestionForm form = hoaxPost.form(saved).orElseThrow();
        form.writeInto(saved);
        assertEquals(question, saved, "opened and saved, the question keeps every technique");
    }

    private static List<Object> values(List<SelectItem> items) {
        return items.stream().map(SelectItem::getValue).toList();
    }
}
