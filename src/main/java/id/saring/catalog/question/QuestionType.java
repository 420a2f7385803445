package id.saring.catalog.question;

import id.saring.catalog.reading.YamlMap;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of question, as a whole plug-in. A type is one package under {@code catalog.question}
 * (this class, annotated {@code @AutoService(QuestionType.class)}, and its {@link
 * QuestionDefinition}), its student fragment {@code /WEB-INF/quiz/types/<name>.xhtml} (the question
 * as answered and as reviewed) and its message keys. Nothing else lists or casts types: {@link
 * QuestionTypes} finds them, the definition grades, describes and prints itself.
 */
public interface QuestionType {

    /** The word authors write after {@code type:} in a quiz file. */
    String name();

    /** The keys this type reads from a question, besides the common ones. */
    Set<String> keys();

    /**
     * Reads this type's part of a question, reporting every problem to the map's problems.
     *
     * @return empty when the question cannot be used
     */
    Optional<QuestionDefinition> read(YamlMap question, ReadContext context);
}
