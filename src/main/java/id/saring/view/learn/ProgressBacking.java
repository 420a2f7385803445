package id.saring.view.learn;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.progress.boundary.Progress;
import id.saring.progress.control.CourseProgress;
import id.saring.progress.control.Mastery;
import id.saring.quiz.entity.Attempt;
import id.saring.view.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** learn/progress.xhtml ("Kemajuanku"): every course started, its quizzes and mastery by tag. */
@Named("myProgress")
@RequestScoped
public class ProgressBacking {

    @Inject
    Catalog catalog;

    @Inject
    Progress progress;

    @Inject
    CurrentUser currentUser;

    private List<Entry> entries;

    /** One course as the page shows it. */
    public record Entry(
            CourseProgress progress, List<Attempt> attempts, Map<String, Mastery> mastery, List<String> tags) {

        public Course getCourse() {
            return progress.course();
        }

        public String quizTitle(String quizId, String language) {
            return progress.course().modules().stream()
                    .flatMap(m -> m.quiz().stream())
                    .filter(q -> q.id().equals(quizId))
                    .map(q -> q.title().in(language))
                    .findFirst()
                    .orElse(quizId);
        }

        public String tagName(String tag, String language) {
            var name = progress.course().tagNames().get(tag);
            return name == null ? tag : name.in(language);
        }
    }

    public List<Entry> getEntries() {
        if (entries == null) {
            entries = new ArrayList<>();
            String username = currentUser.getUsername();
            for (Course course : catalog.published()) {
                CourseProgress courseProgress = progress.of(username, course);
                if (!courseProgress.isStarted()) {
                    continue;
                }
                Map<String, Mastery> mastery = progress.mastery(username, course);
                entries.add(new Entry(
                        courseProgress,
                        progress.attempts(username, course.id()),
                        mastery,
                        Mastery.techniquesFirst(mastery).stream()
                                .filter(tag -> !tag.startsWith("pilar:"))
                                .toList()));
            }
        }
        return entries;
    }
}
