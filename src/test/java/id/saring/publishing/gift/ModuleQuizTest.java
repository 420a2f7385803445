package id.saring.publishing.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleQuizTest {

    private static final String IMPORTED = new GiftImporter()
            .convert("::Baru::Hoaks selalu memakai huruf kapital.{F}", "kuis-baru", "Kuis baru")
            .quizYaml();

    @Test
    void aModuleWithoutAQuizGetsTheImportedOne() {
        assertEquals(Optional.of(IMPORTED), ModuleQuiz.withImported(Optional.empty(), IMPORTED));
    }

    @Test
    void importedQuestionsJoinTheEndOfTheListIndentedAsItIs() {
        String existing =
                """
                id: kuis-modul
                title: Kuis modul # judul
                settings:
                  pass-mark: 70
                questions:
                - id: lama
                  type: true-false
                  text: Soal lama.
                  answer: true
                """;

        String merged = ModuleQuiz.withImported(Optional.of(existing), IMPORTED).orElseThrow();

        assertEquals(
                existing
                        + """
                        # moodle.gift:1 ::Baru::
                        - id: "baru"
                          type: "true-false"
                          text: "Hoaks selalu memakai huruf kapital."
                          answer: false
                        """,
                merged);
        assertEquals(2, GiftCourse.read(merged).questions().size());
    }

    @Test
    void anEmptyListTakesTheImportedQuestions() {
        String merged = ModuleQuiz.withImported(Optional.of("id: k\ntitle: K\nquestions: []\n"), IMPORTED)
                .orElseThrow();

        assertEquals(1, GiftCourse.read(merged).questions().size());
    }

    @Test
    void aQuizWhoseQuestionsAreNotLastIsLeftToItsAuthor() {
        String existing =
                "id: k\ntitle: K\nquestions:\n  - id: a\n    type: true-false\n    text: A\n    answer: true\nsettings:\n  pass-mark: 70\n";

        assertEquals(Optional.empty(), ModuleQuiz.withImported(Optional.of(existing), IMPORTED));
    }

    /**
     * Ids are unique in a course: the same Moodle bank put into two modules, or a question named
     * as one the course has, must not make the course unpublishable.
     */
    @Test
    void importedQuestionsTakeIdsTheCourseDoesNotGiveYet() {
        String shipped =
                """
                id: kuis-santun # the module's quiz
                title:
                  id: Kuis santun
                  en: Quiz
                questions:
                  - id: baru
                    type: true-false
                    text:
                      id: benar
                    answer: true
                  - id: "q-1"
                """;
        Set<String> taken = ModuleQuiz.idsIn(shipped + "---\nid: pelajaran-satu\n---\nid: bukan id\n");
        assertEquals(Set.of("kuis-santun", "baru", "benar", "q-1", "pelajaran-satu"), taken);

        String imported = new GiftImporter()
                .convert(
                        GiftImporter.DEFAULT_FILE,
                        "Tanpa judul.{T}\n\n::Baru::Hoaks selalu memakai huruf kapital.{F}",
                        "kuis-baru",
                        "Kuis baru",
                        taken)
                .quizYaml();

        assertTrue(imported.contains("- id: \"baru-2\"\n"), imported);
        assertTrue(imported.contains("- id: \"q-1-2\"\n"), imported);
        assertEquals(
                Set.of(),
                ModuleQuiz.idsIn(imported).stream().filter(taken::contains).collect(Collectors.toSet()));
    }
}
