package id.saring.catalog.question;

import id.saring.catalog.content.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * What a question type knows about one question beyond its text (choices, pairs, segments...),
 * and how it checks and grades a response.
 */
public interface QuestionDefinition extends Gradable {

    /** The choices to pick from, for the types that have them. */
    default List<Choice> choices() {
        return List.of();
    }

    /**
     * What a response chose, in words: the student's own answer on the review page, read by
     * screen readers, and a teacher's report. Empty when the response is empty.
     */
    Optional<LocalizedText> describe(Response response);

    /** The right answer in words, shown next to the student's own on the review page. */
    LocalizedText rightAnswer();

    /** The message key of the words before {@link #rightAnswer()}. */
    default String rightAnswerLabel() {
        return "quiz.answer.right";
    }

    /**
     * What {@link #describe} says, but only when that part of the response is wrong: a class's
     * most common wrong answer must never be a right one. A type whose description covers only
     * part of its grade (a hoax post's verdict, not its red flags) judges that part itself.
     */
    default Optional<LocalizedText> describeWrong(Response response) {
        return Gradable.isFull(grade(response)) ? Optional.empty() : describe(response);
    }
}
