package id.saring.catalog.question.chatthread;

import static id.saring.catalog.question.Grading.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionSample;
import id.saring.catalog.question.RecordingPaper;
import org.junit.jupiter.api.Test;

class ChatThreadTest {

    private final QuestionDefinition question =
            QuestionSample.question(new ChatThreadType()).definition();

    @Test
    void gradesTheBestReply() {
        assertEquals(1.0, grade(question, "choice", "a"));
        assertEquals(0.0, grade(question, "choice", "b"));
    }

    @Test
    void printsTheChatAndTheRepliesToCircle() {
        RecordingPaper sheet = new RecordingPaper();
        question.ask(sheet);
        assertTrue(sheet.lines().get(0).startsWith("card: "), sheet.text());
        assertTrue(sheet.lines().get(0).contains("Tante Rina"), sheet.text());
        assertTrue(sheet.lines().get(0).contains("Besok listrik padam se-Jawa!"), sheet.text());
        assertTrue(sheet.text().contains("item: [A] Tante, sudah cek ke situs PLN?"), sheet.text());
    }
}
