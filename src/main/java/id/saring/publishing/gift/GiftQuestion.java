package id.saring.publishing.gift;

import id.saring.catalog.yaml.Problems;
import id.saring.publishing.gift.GiftBlocks.Block;
import id.saring.publishing.gift.GiftText.Format;
import id.saring.publishing.gift.GiftText.Losses;
import id.saring.publishing.gift.GiftText.Marked;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One GIFT question block, read the way Moodle's importer reads it (same type detection, same
 * splitting of answers), turned into the fields of a Saring question. Whatever does not fit is
 * reported with its line; a question that cannot be represented faithfully is reported and left
 * out rather than imported half right.
 */
final class GiftQuestion {

    /** What Moodle puts where the answers stood in the middle of a sentence (missing word). */
    static final String BLANK = "_____";

    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d*)?)%");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final int LABEL_LENGTH = 40;
    private static final int WRITTEN_LENGTH = 60;

    /** A question that could be imported: its Moodle title (may be empty) and its fields after the id. */
    record Imported(String title, Map<String, Object> fields) {}

    private final String file;
    private final Block block;
    private final Problems problems;
    private final Losses losses = new Losses();
    private String title = "";
    private String label = "";
    private Format format = Format.MOODLE;

    GiftQuestion(String file, Block block, Problems problems) {
        this.file = file;
        this.block = block;
        this.problems = problems;
    }

    /** A short name for messages: the title, or the start of the question text. */
    String label() {
        return label;
    }

    Optional<Imported> convert() {
        String text = block.text();
        int start = 0;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end >= 0) {
                title = GiftText.plain(text.substring(2, end), Format.PLAIN, new Losses());
            }
            start = end >= 0 ? end + 2 : 2;
        }
        label = title.isEmpty() ? shorten(GiftText.plain(text.substring(start), Format.MOODLE, new Losses())) : title;
        int open = text.indexOf('{', start);
        int close = text.indexOf('}', start);
        if (open < 0 && close < 0) {
            report(block.line(), GiftProblems.GIFT_DESCRIPTION, label);
            return Optional.empty();
        }
        if (close >= 0 && (open < 0 || close < open)) {
            report(block.lineAt(close), GiftProblems.GIFT_UNOPENED_BRACE, "}", "{");
            return Optional.empty();
        }
        close = text.indexOf('}', open);
        if (close < 0) {
            report(block.lineAt(open), GiftProblems.GIFT_UNCLOSED_BRACE, "{", "}");
            return Optional.empty();
        }
        int extra = firstOf(text.indexOf('{', open + 1), text.indexOf('}', close + 1));
        if (extra >= 0) {
            report(block.lineAt(extra), GiftProblems.GIFT_EXTRA_BRACE, "{", "}");
            return Optional.empty();
        }

        String before = text.substring(start, open);
        String after = text.substring(close + 1);
        Marked question = GiftText.marked(after.isBlank() ? before : before + BLANK + after, Format.MOODLE);
        format = question.format();
        String questionText = GiftText.plain(question.text(), format, losses);
        if (title.isEmpty() && !questionText.isEmpty()) {
            label = shorten(questionText);
        }

        String answers = text.substring(open + 1, close);
        String explanation = "";
        int general = answers.lastIndexOf("####");
        if (general >= 0) {
            explanation = plain(answers.substring(general + 4));
            answers = answers.substring(0, general);
        }
        Optional<Map<String, Object>> definition = definition(answers, open + 1);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        if (questionText.isEmpty()) {
            report(block.line(), GiftProblems.GIFT_NO_TEXT, label);
            return Optional.empty();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", definition.get().remove("type"));
        fields.put("text", questionText);
        if (!explanation.isEmpty()) {
            fields.put("explanation", explanation);
        }
        fields.putAll(definition.get());
        reportLosses();
        return Optional.of(new Imported(title, fields));
    }

    /** Moodle's order of detection: nothing, #, ~, = with ->, T/F, otherwise short answer. */
    private Optional<Map<String, Object>> definition(String answers, int offset) {
        String trimmed = answers.strip();
        if (trimmed.isEmpty()) {
            report(block.line(), GiftProblems.GIFT_ESSAY, label);
            return Optional.empty();
        }
        if (trimmed.startsWith("#")) {
            return numerical(answers, offset);
        }
        if (trimmed.contains("~")) {
            return choices(answers, offset);
        }
        if (trimmed.contains("=") && trimmed.contains("->")) {
            return matching(answers, offset);
        }
        String truth = (trimmed.indexOf('#') > 0 ? trimmed.substring(0, trimmed.indexOf('#')) : trimmed).strip();
        if (List.of("T", "TRUE", "F", "FALSE").contains(truth.toUpperCase(Locale.ROOT))) {
            return trueFalse(trimmed);
        }
        return shortAnswer(answers, offset);
    }

    private Optional<Map<String, Object>> choices(String answers, int offset) {
        List<Part> parts = Part.split(answers, offset, "~=");
        if (parts.size() < 2) {
            report(block.line(), GiftProblems.GIFT_TOO_FEW_CHOICES, label);
            return Optional.empty();
        }
        List<Draft> drafts = new ArrayList<>();
        for (Part part : parts) {
            String body = part.body();
            Matcher weight = WEIGHT.matcher(body);
            double fraction = part.marker() == '=' ? 100 : 0;
            if (weight.find()) {
                fraction = Double.parseDouble(weight.group(1));
                body = body.substring(weight.end());
            }
            String[] answerAndFeedback = splitFeedback(body);
            String text = plain(answerAndFeedback[0]);
            if (text.isEmpty()) {
                report(part.line(block), GiftProblems.GIFT_EMPTY_ANSWER, label);
                return Optional.empty();
            }
            drafts.add(new Draft(text, fraction, plain(answerAndFeedback[1])));
        }
        // Moodle's rule: without any "=" answer, students may pick several answers.
        return answers.contains("=") ? single(drafts) : multiple(drafts);
    }

    /** A choice as read, before it is known whether the question is single or multiple. */
    private record Draft(String text, double fraction, String feedback) {

        Map<String, Object> choice(Boolean correct, Integer weight) {
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("text", text);
            if (correct != null) {
                choice.put("correct", correct);
            }
            if (weight != null) {
                choice.put("weight", weight);
            }
            if (!feedback.isEmpty()) {
                choice.put("feedback", feedback);
            }
            return choice;
        }
    }

    private Optional<Map<String, Object>> single(List<Draft> drafts) {
        long correct = drafts.stream().filter(d -> d.fraction() >= 100).count();
        if (correct == 0) {
            report(block.line(), GiftProblems.GIFT_NO_RIGHT_ANSWER, label);
            return Optional.empty();
        }
        if (correct > 1) {
            report(block.line(), GiftProblems.GIFT_SEVERAL_RIGHT_ANSWERS, label, String.valueOf(correct));
            return Optional.empty();
        }
        List<Map<String, Object>> choices = new ArrayList<>();
        for (Draft draft : drafts) {
            if (draft.fraction() >= 100) {
                choices.add(draft.choice(true, null));
            } else if (draft.fraction() != 0) {
                // Moodle's partial credit (or penalty) for a choice that is not the right one.
                choices.add(draft.choice(null, clamped(draft.fraction())));
            } else {
                choices.add(draft.choice(null, null));
            }
        }
        return Optional.of(definition("single", "choices", choices));
    }

    private Optional<Map<String, Object>> multiple(List<Draft> drafts) {
        List<Double> fractions = drafts.stream().map(Draft::fraction).toList();
        double positive = fractions.stream()
                .filter(f -> f > 0)
                .mapToDouble(Double::doubleValue)
                .sum();
        if (positive == 0) {
            report(block.line(), GiftProblems.GIFT_NO_RIGHT_ANSWER, label);
            return Optional.empty();
        }
        int[] shares = shares(fractions, positive);
        List<Map<String, Object>> choices = new ArrayList<>();
        List<String> rightWeights = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (fractions.get(i) > 0) {
                choices.add(drafts.get(i).choice(true, shares[i]));
                rightWeights.add(shares[i] + "%");
            } else {
                // Explicit, so a wrong pick costs exactly what it cost in Moodle (often nothing).
                choices.add(drafts.get(i).choice(null, clamped(fractions.get(i))));
            }
        }
        if (Math.abs(positive - 100) > 0.5) {
            report(
                    block.line(),
                    GiftProblems.GIFT_WEIGHTS_SCALED,
                    label,
                    number(positive),
                    String.join(", ", rightWeights));
        }
        return Optional.of(definition("multiple", "choices", choices));
    }

    /** Positive weights as whole percents adding up to exactly 100 (largest remainders round up). */
    private static int[] shares(List<Double> fractions, double positive) {
        int[] shares = new int[fractions.size()];
        double[] remainders = new double[fractions.size()];
        int total = 0;
        for (int i = 0; i < shares.length; i++) {
            if (fractions.get(i) > 0) {
                double exact = fractions.get(i) * 100 / positive;
                shares[i] = (int) Math.floor(exact);
                remainders[i] = exact - shares[i];
                total += shares[i];
            } else {
                remainders[i] = -1;
            }
        }
        for (; total < 100; total++) {
            int largest = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            shares[largest]++;
            remainders[largest] = -1;
        }
        return shares;
    }

    private int clamped(double fraction) {
        if (fraction < -100) {
            report(block.line(), GiftProblems.GIFT_WEIGHT_CLAMPED, label, number(fraction));
            return -100;
        }
        return (int) Math.round(Math.min(fraction, 100));
    }

    private Optional<Map<String, Object>> matching(String answers, int offset) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        List<String> rights = new ArrayList<>();
        for (Part part : Part.split(answers, offset, "=")) {
            String body = part.body();
            int arrow = body.indexOf("->");
            if (arrow < 0) {
                report(part.line(block), GiftProblems.GIFT_MATCHING_FORMAT, label);
                return Optional.empty();
            }
            String left = plain(body.substring(0, arrow));
            String right = GiftText.plain(body.substring(arrow + 2).strip(), format, losses);
            if (right.isEmpty()) {
                report(part.line(block), GiftProblems.GIFT_EMPTY_ANSWER, label);
                return Optional.empty();
            }
            if (rights.contains(right)) {
                report(part.line(block), GiftProblems.GIFT_MATCHING_SAME_RIGHT, label, right);
                return Optional.empty();
            }
            rights.add(right);
            if (left.isEmpty()) {
                // Moodle's way of writing an extra answer that matches nothing.
                distractors.add(right);
            } else {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("left", left);
                pair.put("right", right);
                pairs.add(pair);
            }
        }
        if (pairs.size() < 2) {
            report(block.line(), GiftProblems.GIFT_MATCHING_TOO_FEW_PAIRS, label);
            return Optional.empty();
        }
        Map<String, Object> definition = definition("matching", "pairs", pairs);
        if (!distractors.isEmpty()) {
            definition.put("distractors", distractors);
        }
        return Optional.of(definition);
    }

    /** {@code {T#shown after a wrong answer#shown after a right answer}}, as Moodle reads it. */
    private Optional<Map<String, Object>> trueFalse(String answers) {
        String[] bits = answers.split("#", 3);
        boolean truth = bits[0].strip().toUpperCase(Locale.ROOT).startsWith("T");
        String wrong = bits.length > 1 ? plain(bits[1]) : "";
        String right = bits.length > 2 ? plain(bits[2]) : "";
        Map<String, Object> definition = definition("true-false", "answer", truth);
        String feedbackTrue = truth ? right : wrong;
        String feedbackFalse = truth ? wrong : right;
        if (!feedbackTrue.isEmpty()) {
            definition.put("feedback-true", feedbackTrue);
        }
        if (!feedbackFalse.isEmpty()) {
            definition.put("feedback-false", feedbackFalse);
        }
        return Optional.of(definition);
    }

    private Optional<Map<String, Object>> shortAnswer(String answers, int offset) {
        List<String> accepted = new ArrayList<>();
        for (Part part : Part.split(answers, offset, "=")) {
            String body = part.body();
            Matcher weight = WEIGHT.matcher(body);
            double fraction = 100;
            if (weight.find()) {
                fraction = Double.parseDouble(weight.group(1));
                body = body.substring(weight.end());
            }
            String[] answerAndFeedback = splitFeedback(body);
            String answer = plain(answerAndFeedback[0]);
            if (answer.isEmpty()) {
                report(part.line(block), GiftProblems.GIFT_EMPTY_ANSWER, label);
                return Optional.empty();
            }
            if (fraction < 100) {
                report(part.line(block), GiftProblems.GIFT_ANSWER_CREDIT, label, answer, number(fraction));
                continue;
            }
            if (answer.contains("*")) {
                report(part.line(block), GiftProblems.GIFT_WILDCARD, label, answer);
                continue;
            }
            accepted.add(answer);
            if (!plain(answerAndFeedback[1]).isEmpty()) {
                report(part.line(block), GiftProblems.GIFT_ANSWER_FEEDBACK, label, answer);
            }
        }
        if (accepted.isEmpty()) {
            report(block.line(), GiftProblems.GIFT_NO_RIGHT_ANSWER, label);
            return Optional.empty();
        }
        return Optional.of(definition("short-answer", "answers", accepted));
    }

    /**
     * Saring has no numerical question. One exact number (no tolerance, no range, full credit) is
     * a short answer, accepted with a decimal point or comma; anything else cannot be graded
     * the same way and is reported.
     */
    private Optional<Map<String, Object>> numerical(String answers, int offset) {
        int hash = answers.indexOf('#');
        String body = answers.substring(hash + 1);
        String otherwise = "";
        int tilde = body.indexOf('~');
        if (tilde >= 0) {
            otherwise = body.substring(tilde + 1);
            body = body.substring(0, tilde);
        }
        List<Part> parts = Part.split(body, offset + hash + 1, "=");
        String written = shorten(GiftEscapes.reveal(body).replaceAll("\\s+", " "), WRITTEN_LENGTH);
        if (parts.size() != 1) {
            report(block.line(), GiftProblems.GIFT_NUMERICAL, label, written);
            return Optional.empty();
        }
        Part part = parts.get(0);
        String value = part.body();
        Matcher weight = WEIGHT.matcher(value);
        boolean fullCredit = true;
        if (weight.find()) {
            fullCredit = Double.parseDouble(weight.group(1)) >= 100;
            value = value.substring(weight.end());
        }
        String[] valueAndFeedback = splitFeedback(value);
        String number = GiftEscapes.reveal(valueAndFeedback[0]).strip();
        int colon = number.indexOf(':');
        if (colon >= 0 && isZero(number.substring(colon + 1).strip())) {
            number = number.substring(0, colon).strip();
        }
        if (number.startsWith("+")) {
            number = number.substring(1);
        }
        if (!fullCredit || !NUMBER.matcher(number).matches()) {
            report(block.line(), GiftProblems.GIFT_NUMERICAL, label, written);
            return Optional.empty();
        }
        List<String> accepted = new ArrayList<>(List.of(number));
        if (number.contains(".")) {
            accepted.add(number.replace('.', ','));
        }
        report(block.line(), GiftProblems.GIFT_NUMERICAL_AS_SHORT_ANSWER, label, String.join(" / ", accepted));
        if (!plain(valueAndFeedback[1]).isEmpty()) {
            report(part.line(block), GiftProblems.GIFT_ANSWER_FEEDBACK, label, number);
        }
        if (!otherwise.isBlank()) {
            report(block.line(), GiftProblems.GIFT_WRONG_FEEDBACK, label);
        }
        return Optional.of(definition("short-answer", "answers", accepted));
    }

    private static boolean isZero(String tolerance) {
        try {
            return new BigDecimal(tolerance).signum() == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void reportLosses() {
        if (!losses.removed.isEmpty()) {
            report(block.line(), GiftProblems.GIFT_HTML_REMOVED, label, String.join(", ", losses.removed));
        }
        if (!losses.formatting.isEmpty()) {
            report(block.line(), GiftProblems.GIFT_FORMATTING, label, String.join(", ", losses.formatting));
        }
        for (String image : losses.images) {
            report(block.line(), GiftProblems.GIFT_IMAGE, label, image);
        }
        if (!losses.markdown.isEmpty()) {
            report(block.line(), GiftProblems.GIFT_MARKDOWN, label, String.join(" ", losses.markdown));
        }
    }

    /** A text of this question in its own format, or the question's format when it names none. */
    private String plain(String hidden) {
        Marked marked = GiftText.marked(hidden, format);
        return GiftText.plain(marked.text(), marked.format(), losses);
    }

    /** The answer and its feedback, split at the first {@code #}. */
    private static String[] splitFeedback(String body) {
        int hash = body.indexOf('#');
        return hash < 0 ? new String[] {body, ""} : new String[] {body.substring(0, hash), body.substring(hash + 1)};
    }

    private static Map<String, Object> definition(String type, String key, Object value) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("type", type);
        definition.put(key, value);
        return definition;
    }

    private void report(int line, String key, Object... arguments) {
        problems.report(file, line, key, arguments);
    }

    private static int firstOf(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** A number for a message, without a needless ".0" and without grouping. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String shorten(String text) {
        return shorten(text.strip().lines().findFirst().orElse(""), LABEL_LENGTH);
    }

    private static String shorten(String text, int length) {
        String line = text.strip();
        return line.length() <= length ? line : line.substring(0, length).strip() + "…";
    }

    /**
     * One answer of an answer block: the text from one marker ({@code ~} or {@code =}) to the next,
     * with where it starts in the block, for its line.
     */
    private record Part(char marker, String text, int offset) {

        /** Splits before every marker; text before the first marker is an answer too, as in Moodle. */
        static List<Part> split(String answers, int offset, String markers) {
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < answers.length(); i++) {
                if (markers.indexOf(answers.charAt(i)) >= 0) {
                    starts.add(i);
                }
            }
            List<Part> parts = new ArrayList<>();
            String leading = answers.substring(0, starts.isEmpty() ? answers.length() : starts.get(0));
            if (!leading.isBlank()) {
                parts.add(new Part(' ', leading, offset));
            }
            for (int k = 0; k < starts.size(); k++) {
                int start = starts.get(k);
                int end = k + 1 < starts.size() ? starts.get(k + 1) : answers.length();
                parts.add(new Part(answers.charAt(start), answers.substring(start + 1, end), offset + start + 1));
            }
            return parts;
        }

        String body() {
            return text.strip();
        }

        /** The line of its marker, or of its first character when it has none. */
        int line(Block block) {
            return block.lineAt(
                    marker == ' ' ? offset + text.length() - text.stripLeading().length() : offset - 1);
        }
    }
}
