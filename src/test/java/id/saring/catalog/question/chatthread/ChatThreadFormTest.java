package id.saring.catalog.question.chatthread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Question;
import id.saring.catalog.question.Choice;
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
import org.junit.jupiter.api.Test;

/** The chat thread editor's form, written into a quiz file and read back by the course reader. */
class ChatThreadFormTest {

    @Test
    void everyShippedChatThreadIsWrittenBackExactlyAsItWasRead() {
        QuestionForms.assertEveryShippedQuestionRoundTrips(new ChatThreadType());
    }

    @Test
    void aThreadWrittenBubbleByBubbleReadsAsAChatThread() {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", "balas-grup");
        question.put("type", "chat-thread");
        question.put("text", "Balasan mana yang paling tepat?");
        ChatThreadForm form = ChatThreadForm.of(Map.of());
        form.setGroup("Grup Kelas 8B");
        form.getMessages().get(0).setFrom("Dimas");
        form.getMessages().get(0).setTime("19.02");
        form.getMessages().get(0).setForwarded(true);
        form.getMessages().get(0).getText().setId("Besok libur nasional! Sebarkan!");
        form.addMessage();
        form.getMessages().get(1).setFrom("Sari");
        form.getMessages().get(1).getText().setId("Serius?");
        form.getMessages().get(1).getText().setEn("Really?");
        form.getChoices().get(0).getText().setId("Aku cek dulu di situs sekolah, ya.");
        form.getChoices().get(0).setCorrect(true);
        form.getChoices().get(0).getFeedback().setId("Tepat: memeriksa dulu.");
        form.getChoices().get(1).getText().setId("Asyik, libur!");
        form.addReply();
        form.getChoices().get(2).getText().setId("HOAKS!");
        form.removeReply(2);
        form.writeInto(question);

        Question read =
                readBack(QuizSource.parse(SampleCourse.QUIZ).orElseThrow().append(question), "balas-grup");

        ChatThread thread = (ChatThread) read.definition();
        assertEquals("Grup Kelas 8B", thread.group());
        assertEquals(2, thread.messages().size());
        assertEquals(
                new ChatMessage("Dimas", "19.02", true, thread.messages().get(0).text()),
                thread.messages().get(0));
        assertEquals("Really?", thread.messages().get(1).text().in("en"));
        assertEquals(
                List.of(true, false),
                thread.choices().stream().map(Choice::correct).toList());
        assertEquals(
                "Tepat: memeriksa dulu.",
                thread.choices().get(0).feedback().orElseThrow().indonesian());
    }

    @Test
    void theSampleQuestionWrittenBackReadsTheSame() {
        QuizSource source = QuizSource.parse(SampleCourse.QUIZ).orElseThrow();
        int index = source.indexOf("q-obrolan").orElseThrow();
        Map<String, Object> question = source.questions().get(index);
        new ChatThreadType().form(question).orElseThrow().writeInto(question);

        Question read = readBack(source.replace(index, question), "q-obrolan");

        assertEquals(QuestionSample.question(new ChatThreadType()).definition(), read.definition());
    }

    private static Question readBack(String quiz, String id) {
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
        return course.orElseThrow().modules().get(0).quiz().orElseThrow().questions().stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
