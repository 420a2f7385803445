package id.saring.catalog.question.shortanswer;

import id.saring.catalog.question.Gradable;
import id.saring.catalog.question.Paper;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.Response;
import id.saring.catalog.text.LocalizedText;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The accepted answers; a typed answer counts when its normal form equals one of theirs. */
public record ShortAnswer(List<String> accepted) implements QuestionDefinition {

    public ShortAnswer {
        accepted = List.copyOf(accepted);
    }

    /** {@code text}: what the student typed. */
    @Override
    public void check(Response response) {
        Gradable.onlyNames(response, Set.of("text"));
    }

    @Override
    public double grade(Response response) {
        return response.value("text")
                .map(ShortAnswer::normalize)
                .filter(typed -> accepted.stream().map(ShortAnswer::normalize).anyMatch(typed::equals))
                .map(typed -> 1.0)
                .orElse(0.0);
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

    /** What was typed, as typed: the review shows the student's own words. */
    @Override
    public Optional<LocalizedText> describe(Response response) {
        return response.value("text").map(LocalizedText::indonesian);
    }

    /** "Jawaban yang diterima:", since any of them counts. */
    @Override
    public String rightAnswerLabel() {
        return ShortAnswerMessages.QUIZ_SHORTANSWER_ACCEPTED;
    }

    /** Every accepted answer, comma-separated. */
    @Override
    public LocalizedText rightAnswer() {
        return LocalizedText.indonesian(String.join(", ", accepted));
    }

    /** In its normal form, so that "Kominfo" and "kominfo." count as one wrong answer. */
    @Override
    public Optional<LocalizedText> describeWrong(Response response) {
        return grade(response) > 0
                ? Optional.empty()
                : response.value("text").map(ShortAnswer::normalize).map(LocalizedText::indonesian);
    }

    @Override
    public void ask(Paper paper) {
        paper.writingLine("");
    }

    /** Every accepted answer, and that answers like them count too. */
    @Override
    public void answer(Paper paper) {
        paper.answer(String.join(" / ", accepted));
        paper.hint(paper.text(ShortAnswerMessages.WORKSHEET_KEY_ACCEPTED));
    }
}
