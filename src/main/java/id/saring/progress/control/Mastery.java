package id.saring.progress.control;

import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.question.Percent;
import id.saring.quiz.entity.Attempt;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well a student does on each skill and manipulation technique: the mean grade of the
 * questions carrying that tag, in the attempts that count.
 *
 * @param percent 0-100
 * @param questions how many questions the figure rests on
 */
public record Mastery(int percent, int questions) {

    /** Mastery by tag from counting attempts, each with the quiz it was taken on. */
    public static Map<String, Mastery> of(Map<Attempt, Quiz> attempts) {
        Map<String, double[]> sums = new HashMap<>();
        attempts.forEach((attempt, quiz) -> {
            for (String questionId : attempt.getQuestionOrder()) {
                Question question = quiz.question(questionId).orElse(null);
                if (question == null) {
                    continue;
                }
                double grade = attempt.answerTo(questionId)
                        .flatMap(a -> a.getFraction())
                        .orElse(0.0);
                for (String tag : question.tags()) {
                    double[] sum = sums.computeIfAbsent(tag, t -> new double[2]);
                    sum[0] += grade;
                    sum[1]++;
                }
            }
        });
        Map<String, Mastery> mastery = new TreeMap<>();
        sums.forEach((tag, sum) ->
                mastery.put(tag, new Mastery(Percent.ofShare(sum[0] / sum[1]).value(), (int) sum[1])));
        return mastery;
    }

    /** Tags in the order reports show them: techniques first, then the rest, each alphabetically. */
    public static List<String> techniquesFirst(Map<String, Mastery> mastery) {
        return mastery.keySet().stream()
                .sorted(Comparator.comparing((String tag) -> !tag.startsWith("teknik:"))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
