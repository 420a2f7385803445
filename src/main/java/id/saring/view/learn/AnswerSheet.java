package id.saring.view.learn;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.Gradable;
import id.saring.catalog.question.Percent;
import id.saring.catalog.question.Response;
import id.saring.catalog.text.LocalizedText;
import id.saring.infrastructure.i18n.Languages;
import id.saring.infrastructure.i18n.Messages;
import id.saring.quiz.QuizMessages;
import id.saring.quiz.boundary.Attempts;
import id.saring.quiz.entity.Answer;
import id.saring.quiz.entity.Attempt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * An attempt as the question fragments read it: the questions in the attempt's order, the
 * stored answers, and shuffles that stay the same for the whole attempt (seeded by it).
 */
public final class AnswerSheet {

    private final Attempt attempt;
    private final Quiz quiz;
    private final Course course;
    private List<Question> questions;

    public AnswerSheet(Attempt attempt, Quiz quiz, Course course) {
        this.attempt = attempt;
        this.quiz = quiz;
        this.course = course;
    }

    /** The sheet of an attempt: its quiz and course as they were in the version it was started on. */
    public static AnswerSheet of(Attempt attempt, Attempts attempts, Catalog catalog) {
        return new AnswerSheet(
                attempt,
                attempts.quizOf(attempt),
                catalog.version(attempt.getCourseId(), attempt.getCourseVersion())
                        .orElseThrow());
    }

    /** Something a student picks, with the index or id the form sends for it. */
    public record Option(String value, LocalizedText text) {}

    /**
     * The questions in the attempt's order, looked up once per sheet: the attempt page asks for
     * them in every loop and for every question's button.
     */
    public List<Question> getQuestions() {
        if (questions == null) {
            questions = attempt.getQuestionOrder().stream()
                    .map(id -> quiz.question(id).orElseThrow())
                    .toList();
        }
        return questions;
    }

    /**
     * How many questions the attempt has. A property for the pages: {@code questions.size()} in
     * EL looks for size() through the list's classes and interfaces (JDK lists are not public
     * classes), a NoSuchMethodException with its stack trace on every use.
     */
    public int getCount() {
        return getQuestions().size();
    }

    public Response response(Question question) {
        return attempt.answerTo(question.id()).map(Answer::getResponse).orElse(Response.EMPTY);
    }

    public int sequence(Question question) {
        return attempt.answerTo(question.id()).map(Answer::getSequence).orElse(0);
    }

    public boolean isAnswered(Question question) {
        return attempt.isAnswered(question.id());
    }

    /** Immediate feedback was given: the answer is final and its grade known. */
    public boolean isChecked(Question question) {
        return attempt.answerTo(question.id()).map(Answer::isChecked).orElse(false);
    }

    public double fraction(Question question) {
        return attempt.answerTo(question.id()).flatMap(Answer::getFraction).orElseGet(() -> question.definition()
                .grade(response(question)));
    }

    /** How an answer went, as the outcome box and its colour say it. */
    public enum Outcome {
        RIGHT,
        PARTLY,
        WRONG,
        UNANSWERED
    }

    public Outcome outcome(Question question) {
        double fraction = fraction(question);
        if (Gradable.isFull(fraction)) {
            return Outcome.RIGHT;
        }
        if (fraction > 0) {
            return Outcome.PARTLY;
        }
        return isAnswered(question) ? Outcome.WRONG : Outcome.UNANSWERED;
    }

    /** The student's answer in words, or "not answered". */
    public String answerInWords(Question question, String language) {
        return question.definition()
                .describe(response(question))
                .map(t -> t.in(language))
                .orElseGet(() -> Messages.text(Languages.locale(language), QuizMessages.QUIZ_OUTCOME_UNANSWERED));
    }

    /** The share of the question's points earned, as "Sebagian tepat (50%)" shows it. */
    public Percent percent(Question question) {
        return Percent.ofShare(fraction(question));
    }

    public String value(Question question, String name) {
        return response(question).value(name).orElse("");
    }

    /** Whether the stored answer has {@code value} under {@code name} (also in comma lists). */
    public boolean has(Question question, String name, String value) {
        return response(question).list(name).contains(value);
    }

    public List<Choice> choices(Question question) {
        List<Choice> choices = question.definition().choices();
        return quiz.settings().shuffleChoices() ? shuffled(question, choices) : choices;
    }

    public Optional<Choice> chosen(Question question) {
        String id = value(question, "choice");
        return choices(question).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Texts a question's fragment lets the student place (a matching question's right-hand items,
     * an ordering question's steps), shuffled for this attempt, each with its index as written.
     */
    public List<Option> shuffledOptions(Question question, List<LocalizedText> texts) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            options.add(new Option(String.valueOf(i), texts.get(i)));
        }
        return shuffled(question, options);
    }

    public Map<String, LocalizedText> getTechniques() {
        return course.techniques();
    }

    public List<String> getTechniqueTags() {
        return List.copyOf(course.techniques().keySet());
    }

    public String techniqueName(String tag, String language) {
        LocalizedText name = course.tagNames().get(tag);
        return name == null ? tag : name.in(language);
    }

    private <T> List<T> shuffled(Question question, List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(attempt.getSeed() ^ question.id().hashCode()));
        return copy;
    }

    public Attempt getAttempt() {
        return attempt;
    }

    public Quiz getQuiz() {
        return quiz;
    }

    public Course getCourse() {
        return course;
    }
}
