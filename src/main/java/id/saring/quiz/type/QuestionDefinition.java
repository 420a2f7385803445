package id.saring.quiz.type;

/** What a question type knows about one question beyond its text: choices, pairs, segments... */
public interface QuestionDefinition {}
