package id.saring.catalog.content;

import id.saring.catalog.text.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * A part of a course: lessons in order, and at most one quiz that closes it.
 *
 * @param plan the teacher's 40-minute lesson plan ({@code rencana.md}), rendered and sanitized
 *     like a lesson, per language; for teachers and administrators, never shown to students
 */
public record Module(
        String id,
        LocalizedText title,
        Optional<LocalizedText> summary,
        List<Lesson> lessons,
        Optional<Quiz> quiz,
        Optional<LocalizedText> plan) {

    public Module {
        lessons = List.copyOf(lessons);
    }

    /** A module without a teacher's plan. */
    public Module(
            String id,
            LocalizedText title,
            Optional<LocalizedText> summary,
            List<Lesson> lessons,
            Optional<Quiz> quiz) {
        this(id, title, summary, lessons, quiz, Optional.empty());
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }
}
