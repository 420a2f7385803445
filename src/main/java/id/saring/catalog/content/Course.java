package id.saring.catalog.content;

import id.saring.catalog.text.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course as one version of its files describes it. Ids of the course, its modules, lessons and
 * questions stay the same across versions, so progress survives a new version.
 *
 * @param grades the grade band, e.g. "7-9"
 * @param preTest the quiz taken before the course, to measure what it changes (optional)
 * @param postTest the parallel quiz taken after it (optional)
 * @param retest the quiz a teacher assigns weeks after the course, to see what stayed (optional)
 * @param assets images by their path inside the course folder
 * @param tagNames the names of every tag known when this version was published
 */
public record Course(
        String id,
        LocalizedText title,
        LocalizedText summary,
        String grades,
        int hours,
        List<String> tags,
        List<Module> modules,
        Optional<String> preTest,
        Optional<String> postTest,
        Optional<String> retest,
        Map<String, Asset> assets,
        Map<String, LocalizedText> tagNames) {

    public Course {
        tags = List.copyOf(tags);
        modules = List.copyOf(modules);
        assets = Map.copyOf(assets);
        tagNames = Map.copyOf(tagNames);
    }

    /** The manipulation techniques students can name, with their names. */
    public Map<String, LocalizedText> techniques() {
        Map<String, LocalizedText> techniques = new java.util.TreeMap<>();
        tagNames.forEach((tag, name) -> {
            if (tag.startsWith("teknik:")) {
                techniques.put(tag, name);
            }
        });
        return techniques;
    }

    public Optional<Module> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public int lessonCount() {
        return modules.stream().mapToInt(m -> m.lessons().size()).sum();
    }

    /** Distinct questions: the tests given in forms share theirs. */
    public int questionCount() {
        return (int) modules.stream()
                .flatMap(m -> m.quiz().stream())
                .flatMap(q -> q.questions().stream())
                .map(Question::id)
                .distinct()
                .count();
    }

    /**
     * The form of a test a student is given, decided by their account id so that a reload or a
     * new attempt never switches it: half the class (even ids) takes form a as the pre-test and
     * form b as the post-test, the other half the reverse, so that a difference in difficulty
     * between the forms cancels out in the class's gain. The delayed retest repeats the student's
     * pre-test form: the one they met longest ago, and the same items, so that the change from the
     * pre-test to the retest is not a change of form. Empty for a quiz without forms.
     */
    public Optional<String> formFor(Quiz quiz, long accountId) {
        List<String> forms = quiz.formNames();
        if (forms.isEmpty()) {
            return Optional.empty();
        }
        int first = (int) Math.floorMod(accountId, (long) forms.size());
        boolean post = postTest.filter(quiz.id()::equals).isPresent();
        return Optional.of(forms.get(post ? (first + 1) % forms.size() : first));
    }

    /** Whether the quiz is one of the course's tests (pre, post or delayed retest). */
    public boolean isTest(String quizId) {
        return preTest.filter(quizId::equals)
                .or(() -> postTest.filter(quizId::equals))
                .or(() -> retest.filter(quizId::equals))
                .isPresent();
    }

    /**
     * Bytes a student downloads to keep the whole course offline ("Simpan untuk offline"): the
     * lessons' HTML, the pictures, and the text of each quiz that can be taken offline
     * ({@link Quiz#offlineBytes}); the one number the course page, the home page and the course
     * check show, in megabytes and in rupiah.
     */
    public long downloadBytes() {
        long lessons = modules.stream()
                .flatMap(m -> m.lessons().stream())
                .mapToLong(Lesson::htmlBytes)
                .sum();
        long quizzes = modules.stream()
                .flatMap(m -> m.quiz().stream())
                .mapToLong(Quiz::offlineBytes)
                .sum();
        long images = assets.values().stream().mapToLong(a -> a.bytes().length).sum();
        return lessons + quizzes + images;
    }
}
