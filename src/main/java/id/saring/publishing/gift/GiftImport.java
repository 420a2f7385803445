package id.saring.publishing.gift;

import id.saring.catalog.yaml.Problem;
import java.io.Serializable;
import java.util.List;

/**
 * The result of importing a GIFT file: the text of a {@code quiz.yaml}, how many questions it
 * holds, and every problem met, each with its line in the GIFT file. A problem means something was
 * left out or changed; the teacher should read them all before publishing.
 */
public record GiftImport(String quizYaml, int questionCount, List<Problem> problems) implements Serializable {

    public GiftImport {
        problems = List.copyOf(problems);
    }

    /** True when every question came over as written. */
    public boolean isComplete() {
        return problems.isEmpty();
    }
}
