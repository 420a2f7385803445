package id.saring.catalog.question;

import id.saring.catalog.yaml.YamlMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of question, as a whole plug-in. A type is one package under {@code catalog.question}
 * (its subclass of this, annotated {@code @AutoService(QuestionType.class)}, and its {@link
 * QuestionDefinition}), its student fragment {@code /WEB-INF/quiz/types/<name>.xhtml} (the question
 * as answered and as reviewed) and its message keys. Nothing else lists or casts types: {@link
 * QuestionTypes} finds them, the definition grades, describes and prints itself.
 */
public abstract class QuestionType {

    private final String name;
    private final Set<String> keys;

    /**
     * @param name the word authors write after {@code type:} in a quiz file
     * @param keys the keys this type reads from a question, besides the common ones
     */
    protected QuestionType(String name, String... keys) {
        this.name = name;
        this.keys = Set.of(keys);
    }

    /** The word authors write after {@code type:} in a quiz file. */
    public final String name() {
        return name;
    }

    /** The keys this type reads from a question, besides the common ones. */
    public final Set<String> keys() {
        return keys;
    }

    /**
     * Reads this type's part of a question, reporting every problem to the map's problems.
     *
     * @return empty when the question cannot be used
     */
    public abstract Optional<QuestionDefinition> read(YamlMap question, ReadContext context);

    /**
     * The form of this type's browser editor, filled from a question as written (maps, lists and
     * strings; an empty map for a new question). A type that has an editor overrides this and
     * keeps its fragment at {@code /WEB-INF/drafts/types/<name>.xhtml}; the others are edited as
     * text.
     */
    public Optional<QuestionForm> form(Map<String, Object> question) {
        return Optional.empty();
    }

    /** Whether this type brings an editor of its own. */
    public final boolean hasEditor() {
        return form(Map.of()).isPresent();
    }
}
