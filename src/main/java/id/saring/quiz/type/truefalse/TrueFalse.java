package id.saring.quiz.type.truefalse;

import id.saring.catalog.content.LocalizedText;
import id.saring.quiz.type.QuestionDefinition;
import java.util.Optional;

/** Whether the statement is true, and what to tell a student who answered "true" or "false". */
public record TrueFalse(boolean answer, Optional<LocalizedText> feedbackTrue, Optional<LocalizedText> feedbackFalse)
        implements QuestionDefinition {}
