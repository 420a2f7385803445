package id.saring.view.learn;

import id.saring.catalog.content.Lesson;
import id.saring.view.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;

/** learn/lesson.xhtml?course=...&lesson=...: one lesson, with the way to the next. */
@Named("learnLesson")
@RequestScoped
public class LessonBacking extends CourseBacking {

    private String lessonId;
    private Lesson lesson;

    @Override
    public void load() throws IOException {
        super.load();
        if (getCourse() != null) {
            lesson = getCourse().modules().stream()
                    .flatMap(m -> m.lesson(lessonId).stream())
                    .findFirst()
                    .orElse(null);
            if (lesson == null) {
                NotFound.send(faces);
            }
        }
    }

    public Lesson getLesson() {
        return lesson;
    }

    public String getLessonId() {
        return lessonId;
    }

    public void setLessonId(String lessonId) {
        this.lessonId = lessonId;
    }
}
