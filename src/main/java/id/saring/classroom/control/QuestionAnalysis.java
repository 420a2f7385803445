package id.saring.classroom.control;

import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.question.Gradable;
import id.saring.catalog.question.Percent;
import id.saring.catalog.question.RedFlag;
import id.saring.catalog.question.Response;
import id.saring.catalog.text.LocalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a class did on each question of a quiz: how many got it fully right, the mean score, the
 * wrong answer chosen most often and, for hoax posts, the red flags missed most often.
 *
 * @param seen how many of the attempts had this question
 * @param correct how many earned full marks on it
 * @param meanPercent mean score on it, 0-100
 */
public record QuestionAnalysis(
        Question question,
        int seen,
        int correct,
        int meanPercent,
        Optional<WrongAnswer> commonWrongAnswer,
        List<MissedFlag> missedFlags) {

    /** A wrong answer and how many chose it. */
    public record WrongAnswer(LocalizedText answer, int count) {

        /** The answer between quotation marks, once, even when it is itself a quote. */
        public String quoted(String language) {
            return LocalizedText.quote(answer.in(language));
        }
    }

    /** A red flag of a hoax post, and how many of those who answered did not flag it. */
    public record MissedFlag(String segmentId, String text, int missed, int answered) {

        public int percent() {
            return Percent.ofShare(answered == 0 ? 0 : (double) missed / answered)
                    .value();
        }

        /** The segment's words between quotation marks, once, even when they are a quote. */
        public String quoted() {
            return LocalizedText.quote(text);
        }
    }

    /** One answer in an attempt: empty response when the question was left unanswered. */
    public record Given(String questionId, Response response, double fraction) {}

    public int percentCorrect() {
        return Percent.ofShare(seen == 0 ? 0 : (double) correct / seen).value();
    }

    /** Every question of the quiz, in the quiz's order, from the answers in the attempts. */
    public static List<QuestionAnalysis> of(Quiz quiz, List<Given> answers) {
        List<QuestionAnalysis> analysis = new ArrayList<>();
        for (Question question : quiz.questions()) {
            List<Given> given = answers.stream()
                    .filter(g -> g.questionId().equals(question.id()))
                    .toList();
            int correct = (int)
                    given.stream().filter(g -> Gradable.isFull(g.fraction())).count();
            int mean = Percent.ofShare(given.stream()
                            .mapToDouble(Given::fraction)
                            .average()
                            .orElse(0))
                    .value();
            analysis.add(new QuestionAnalysis(
                    question,
                    given.size(),
                    correct,
                    mean,
                    commonWrongAnswer(question, given),
                    missedFlags(question, given)));
        }
        return analysis;
    }

    /**
     * The most frequent wrong answer, as the question type judges wrong (a hoax post's wrong
     * verdict, never its right one with red flags missed); ties: first seen.
     */
    private static Optional<WrongAnswer> commonWrongAnswer(Question question, List<Given> given) {
        Map<LocalizedText, Integer> counts = new LinkedHashMap<>();
        for (Given g : given) {
            question.definition().describeWrong(g.response()).ifPresent(d -> counts.merge(d, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> new WrongAnswer(e.getKey(), e.getValue()));
    }

    /** Red flags by how often they were missed, among answers that flagged or judged anything. */
    private static List<MissedFlag> missedFlags(Question question, List<Given> given) {
        List<Given> answered =
                given.stream().filter(g -> !g.response().isEmpty()).toList();
        List<MissedFlag> missed = new ArrayList<>();
        for (RedFlag flag : question.definition().flagsToFind()) {
            int count = (int) answered.stream()
                    .filter(g -> !question.definition().flagsFound(g.response()).contains(flag.id()))
                    .count();
            missed.add(new MissedFlag(flag.id(), flag.text(), count, answered.size()));
        }
        missed.sort(Comparator.comparingInt(MissedFlag::missed).reversed());
        return missed;
    }
}
