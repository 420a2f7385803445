package id.saring.catalog.question.hoaxpost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.question.QuestionForms;
import id.saring.catalog.question.QuestionSample;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.QuizSource;
import id.saring.catalog.reading.SampleCourse;
import id.saring.catalog.yaml.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hoax post editor's form, written into a quiz file and read back by the course reader. */
class HoaxPostFormTest {

    private static final String MESSAGE =
            "SEBARKAN KE 20 KONTAK SEKARANG!!!\nMenurut Prof. Hendra, semua akun ditutup besok.\n";

    @Test
    void everyShippedHoaxPostIsWrittenBackExactlyAsItWasRead() {
        QuestionForms.assertEveryShippedQuestionRoundTrips(new HoaxPostType());
    }

    @Test
    void aPastedMessageWithTwoSelectedPhrasesReadsAsAHoaxPost() {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", "pesan-baru");
        question.put("type", "hoax-post");
        question.put("text", "Tandai bagian yang mencurigakan.");
        HoaxPostForm form = HoaxPostForm.of(Map.of());
        form.getTexts().put("sender", "Om Budi");
        form.getTexts().put("body", MESSAGE.replace("\n", "\r\n"));
        form.getTexts().put("caption", null); // an empty field, as the page sends it
        form.setTime("07.15");

        assertEquals(Optional.empty(), form.mark("body", 0, 33));
        int hendra = form.getTexts().get("body").indexOf("Prof. Hendra");
        assertEquals(Optional.empty(), form.mark("body", hendra - 1, hendra + "Prof. Hendra".length() + 1));
        form.getSegments().get(0).setRedFlag(true);
        form.getSegments().get(0).setTechnique("teknik:emosi");
        form.getSegments().get(0).getExplanation().setId("Desakan membuat kita tidak sempat berpikir.");
        form.getSegments().get(0).getExplanation().setEn("Urgency leaves no time to think.");
        form.getSegments().get(1).getExplanation().setId("Menyebut nama saja belum tentu tanda bahaya.");
        form.setVerdict("hoaks");
        form.setTechnique("teknik:emosi");
        form.writeInto(question);

        Question read =
                readBack(QuizSource.parse(SampleCourse.QUIZ).orElseThrow().append(question), "pesan-baru");
        HoaxPost post = (HoaxPost) read.definition();
        assertEquals(Verdict.HOAKS, post.verdict());
        assertEquals(List.of("bagian-1", "bagian-2"), post.post().body().segmentIds());
        assertEquals(MESSAGE.strip(), post.post().body().plain(), "the reader strips the text");
        assertEquals(
                List.of("bagian-1"), post.redFlags().stream().map(Segment::id).toList());
        assertEquals(
                "Urgency leaves no time to think.",
                post.segments().get(0).explanation().in("en"));
        assertEquals(Optional.of("07.15"), post.post().time());
        assertTrue(post.post().forwarded(), "a new message arrives forwarded");
        assertEquals(Optional.of("teknik:emosi"), post.technique());
    }

    @Test
    void aSelectionMustBeTextOutsideTheMarksAndASegmentCanBeTakenAway() {
        HoaxPostForm form = HoaxPostForm.of(Map.of());
        form.getTexts().put("body", MESSAGE);
        assertEquals(Optional.of(HoaxPostMessages.EDITOR_HOAX_SELECT_FIRST), form.mark("body", 4, 4));
        assertEquals(Optional.of(HoaxPostMessages.EDITOR_HOAX_SELECT_FIRST), form.mark("body", 0, 999));
        assertEquals(Optional.of(HoaxPostMessages.EDITOR_HOAX_SELECT_FIRST), form.mark("nope", 0, 3));
        assertEquals(Optional.empty(), form.mark("body", 0, 8));
        assertEquals(Optional.of(HoaxPostMessages.EDITOR_HOAX_MARK_OVERLAP), form.mark("body", 2, 20));
        assertEquals("[[bagian-1|SEBARKAN]] KE", form.getTexts().get("body").substring(0, 24));
        assertEquals("SEBARKAN", form.segmentText("bagian-1"));

        form.unmark("bagian-1");

        assertEquals(MESSAGE, form.getTexts().get("body"));
        assertTrue(form.getSegments().isEmpty());
    }

    /** Opened and written back untouched, a shipped question reads as the same question. */
    @Test
    void theSampleQuestionWrittenBackReadsTheSame() {
        QuizSource source = QuizSource.parse(SampleCourse.QUIZ).orElseThrow();
        int index = source.indexOf("q-unggahan").orElseThrow();
        Map<String, Object> question = source.questions().get(index);
        new HoaxPostType().form(question).orElseThrow().writeInto(question);

        Question read = readBack(source.replace(index, question), "q-unggahan");

        assertEquals(QuestionSample.question(new HoaxPostType()).definition(), read.definition());
    }

    static Question readBack(String quiz, String id) {
        Map<String, byte[]> files = SampleCourse.files();
        SampleCourse.put(files, "01-modul-satu/quiz.yaml", quiz);
        Problems problems = new Problems();
        var course =
                new CourseReader(SampleCourse.vocabulary()).read(CourseFiles.of("contoh", files), p -> p, problems);
        assertTrue(
                problems.isEmpty(),
                () -> problems.all().stream()
                                .map(p -> p.describe(Locale.ENGLISH))
                                .toList() + "\n" + quiz);
        Quiz read = course.orElseThrow().modules().get(0).quiz().orElseThrow();
        return read.questions().stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
