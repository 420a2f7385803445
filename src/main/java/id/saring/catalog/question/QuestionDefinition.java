package id.saring.catalog.question;

import id.saring.catalog.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a question type knows about one question beyond its text (choices, pairs, segments...):
 * how it checks and grades a response, says it in words for the review and the reports, and
 * prints itself on a worksheet and in the answer key. Everything type-specific is asked of the
 * definition; nothing outside the type's package casts to it.
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
        return QuestionMessages.QUIZ_ANSWER_RIGHT;
    }

    /**
     * What {@link #describe} says, but only when that part of the response is wrong: a class's
     * most common wrong answer must never be a right one. A type whose description covers only
     * part of its grade (a hoax post's verdict, not its red flags) judges that part itself.
     */
    default Optional<LocalizedText> describeWrong(Response response) {
        return Gradable.isFull(grade(response)) ? Optional.empty() : describe(response);
    }

    /** Prints what a student needs to answer this question on paper, below its text. */
    void ask(Paper paper);

    /** Prints the answer in the teacher's key; the printer adds the explanation after it. */
    void answer(Paper paper);

    /**
     * Whether answering on paper asks for a manipulation technique by name, so the worksheet lists
     * the course's techniques.
     */
    default boolean asksForTechnique() {
        return false;
    }

    /**
     * The manipulation techniques this question shows besides its tags (a hoax post's own), for
     * the reports of which techniques fool a class.
     */
    default List<String> techniques() {
        return List.of();
    }

    /** The red flags a student should find, for the report of the flags a class missed most. */
    default List<RedFlag> flagsToFind() {
        return List.of();
    }

    /** The ids of the red flags in {@link #flagsToFind()} that a response found. */
    default Set<String> flagsFound(Response response) {
        return Set.of();
    }
}
