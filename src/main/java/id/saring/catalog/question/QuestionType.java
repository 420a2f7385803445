package id.saring.catalog.question;

import id.saring.catalog.reading.YamlMap;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of question. Each lives in its own package under {@code quiz.type} and is listed once in
 * {@link QuestionTypes}; nothing else changes when a type is added.
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
