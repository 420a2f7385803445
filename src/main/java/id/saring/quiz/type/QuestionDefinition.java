package id.saring.quiz.type;

/**
 * What a question type knows about one question beyond its text (choices, pairs, segments...),
 * and how it checks and grades a response.
 */
public interface QuestionDefinition extends Gradable {}
