package id.saring.quiz.type.shortanswer;

import id.saring.quiz.type.QuestionDefinition;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The accepted answers; a typed answer counts when its normal form equals one of theirs. */
public record ShortAnswer(List<String> accepted) implements QuestionDefinition {

    public ShortAnswer {
        accepted = List.copyOf(accepted);
    }

    /** Lower case, no accents, single spaces, no surrounding spaces or end punctuation. */
    public static String normalize(String typed) {
        String decomposed = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFD);
        return decomposed
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("[.!?]+$", "");
    }
}
