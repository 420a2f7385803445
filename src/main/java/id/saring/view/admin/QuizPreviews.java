package id.saring.view.admin;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serial;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers an administrator gave while previewing quizzes, kept in the session only: a preview
 * records nothing anywhere else, and is gone at logout. Plain maps, so a cluster can move the
 * session.
 */
@SessionScoped
public class QuizPreviews implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final SecureRandom SEEDS = new SecureRandom();

    /** One quiz being previewed: its shuffles' seed and the checked answers, by question id. */
    public record Preview(long seed, Map<String, TreeMap<String, String>> answers) implements Serializable {}

    private final Map<String, Preview> previews = new HashMap<>();

    public synchronized Preview of(String key) {
        return previews.computeIfAbsent(key, k -> new Preview(SEEDS.nextLong(), new LinkedHashMap<>()));
    }

    public synchronized void answer(String key, String questionId, Map<String, String> answer) {
        of(key).answers().put(questionId, new TreeMap<>(answer));
    }

    /** Starts the quiz again: new shuffles, no answers. */
    public synchronized void restart(String key) {
        previews.remove(key);
    }

    static String key(String courseId, String version, String quizId) {
        return courseId + "/" + version + "/" + quizId;
    }
}
