package id.saring.catalog.question;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Grading a type's sample question in tests: a response is checked first, as the save endpoint does. */
public final class Grading {

    private Grading() {}

    public static double grade(QuestionDefinition question, String... namesAndValues) {
        Response response = Response.of(namesAndValues);
        question.check(response);
        return question.grade(response);
    }

    public static void assertRefused(QuestionDefinition question, String... namesAndValues) {
        assertThrows(InvalidResponse.class, () -> question.check(Response.of(namesAndValues)));
    }

    /** The words {@code describe} gives a response, in Indonesian. */
    public static String described(QuestionDefinition question, String... namesAndValues) {
        return question.describe(Response.of(namesAndValues)).orElseThrow().indonesian();
    }
}
