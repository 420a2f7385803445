package id.saring.catalog.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuizSourceTest {

    private static final String QUIZ =
            """
            # Kuis modul satu: komentar di atas tetap ada.
            id: kuis
            title: Kuis
            questions:
              # soal pertama
              - id: satu
                type: short-answer
                text: Apa?   # komentar di dalam soal
                answers: [hoaks]

              # soal kedua: komentar ini milik soal kedua
              - id: dua
                type: true-false
                text: Benar?
                answer: benar
            # akhir berkas
            """;

    @Test
    void writesOneQuestionBackAndLeavesEveryOtherLineAsItWas() {
        QuizSource source = QuizSource.parse(QUIZ).orElseThrow();
        assertEquals(2, source.size());
        Map<String, Object> first = source.questions().get(0);
        assertEquals(List.of("hoaks"), first.get("answers"));
        first.put("text", "Apa sebutannya?");

        String written = source.replace(0, first);

        assertEquals(
                QUIZ.replace(
                        """
                            text: Apa?   # komentar di dalam soal
                            answers: [hoaks]
                        """,
                        """
                            text: Apa sebutannya?
                            answers:
                              - hoaks
                        """),
                written);
        assertEquals(
                written, QuizSource.parse(written).orElseThrow().replace(0, first), "a second write changes nothing");
    }

    @Test
    void keepsValuesAsWrittenAndAppendsAfterTheLastQuestion() {
        QuizSource source = QuizSource.parse(QUIZ).orElseThrow();
        Map<String, Object> added = new LinkedHashMap<>();
        added.put("id", "tiga");
        added.put("type", "hoax-post");
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("time", "07.15");
        post.put("body", "Baris satu\nBaris dua\n");
        added.put("post", post);

        String written = source.append(added);

        assertTrue(
                written.endsWith(
                        """
                            answer: benar
                          - id: tiga
                            type: hoax-post
                            post:
                              time: 07.15
                              body: |
                                Baris satu
                                Baris dua
                        # akhir berkas
                        """),
                written);
        QuizSource again = QuizSource.parse(written).orElseThrow();
        assertEquals("07.15", ((Map<?, ?>) again.questions().get(2).get("post")).get("time"));
        assertEquals(2, again.indexOf("tiga").orElseThrow());
        assertEquals(16, again.firstLine(2));
        assertEquals("post.body", again.paths(2).get(20));
    }

    @Test
    void startsAQuestionListWhenThereIsNone() {
        String written = QuizSource.parse("id: kuis\ntitle: Kuis\nquestions: []\n")
                .orElseThrow()
                .append(new LinkedHashMap<>(Map.of("id", "satu")));
        assertEquals("id: kuis\ntitle: Kuis\nquestions:\n  - id: satu\n", written);
        assertEquals(
                "id: kuis\nquestions:\n  - id: satu\n",
                QuizSource.parse("id: kuis\n").orElseThrow().append(new LinkedHashMap<>(Map.of("id", "satu"))));
    }
}
