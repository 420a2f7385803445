package id.saring.catalog.content;

import id.saring.catalog.text.LocalizedText;
import java.util.List;
import java.util.Optional;

/** A part of a course: lessons in order, and at most one quiz that closes it. */
public record Module(
        String id, LocalizedText title, Optional<LocalizedText> summary, List<Lesson> lessons, Optional<Quiz> quiz) {

    public Module {
        lessons = List.copyOf(lessons);
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }
}
