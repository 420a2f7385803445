package id.saring.publishing.gift;

import id.saring.catalog.yaml.Problems;
import id.saring.catalog.yaml.YamlMap;
import id.saring.publishing.gift.GiftBlocks.Block;
import id.saring.publishing.gift.GiftQuestion.Imported;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts a quiz written in Moodle's GIFT format into the text of a Saring {@code quiz.yaml}.
 *
 * <pre>
 * {=right ~wrong}              single          one right answer (~%50%... gives partial credit)
 * {~%50%a ~%50%b ~%-100%c}     multiple        no "=": right answers are those with a positive weight
 * {T} {TRUE} {F} {FALSE}       true-false      #feedback-for-wrong#feedback-for-right
 * {=a =b}  {a}                 short-answer    only full-credit answers, no * wildcards
 * {=a -> 1 =b -> 2 = -> 3}     matching        "= -> 3" is an extra right-hand item (distractor)
 * {#1822}                      short-answer    one exact number only; ranges and tolerances are reported
 * {}  no answer block          not imported    essay and description, reported
 * </pre>
 *
 * Answers in the middle of the text (missing word) leave a blank in the question text; {@code ####}
 * starts the explanation. Every text becomes plain text whatever its format marker ({@link
 * GiftText}). Question ids come from the {@code ::title::}, else {@code q-} and the question's
 * position in the file. Moodle's categories ({@code $CATEGORY:}) are kept as comments in the quiz
 * file, since a Saring quiz has no categories; Moodle's {@code // [id:]} and {@code // [tag:]} are
 * reported. Everything dropped or changed is reported with its line, never silently: a teacher
 * reads the list and the generated file before publishing.
 */
public final class GiftImporter {

    public static final String DEFAULT_FILE = "moodle.gift";

    private static final Pattern MOODLE_ID = Pattern.compile("\\[id:((?:\\\\]|[^]\\p{Cntrl}])+)]");
    private static final Pattern MOODLE_TAG = Pattern.compile("\\[tag:((?:\\\\]|[^]<>`\\p{Cntrl}])+)]");
    private static final int MAX_ID = 64;

    public GiftImport convert(String giftText, String quizId, String quizTitle) {
        return convert(DEFAULT_FILE, giftText, quizId, quizTitle);
    }

    /**
     * @param file the GIFT file's name, for problems
     * @param quizId the quiz's id: lower-case letters, digits and dashes
     * @param quizTitle the quiz's title in Bahasa Indonesia
     */
    public GiftImport convert(String file, String giftText, String quizId, String quizTitle) {
        return convert(file, giftText, quizId, quizTitle, Set.of());
    }

    /**
     * The same, for a course that already uses the ids {@code taken} (its modules, lessons,
     * quizzes and questions): ids are unique in a course, so a question whose id would be one of
     * them gets the next free one ({@code -2}, {@code -3}...) instead.
     */
    public GiftImport convert(String file, String giftText, String quizId, String quizTitle, Set<String> taken) {
        Objects.requireNonNull(file, "The file name is required for problems.");
        Objects.requireNonNull(giftText, "The GIFT text is required.");
        if (quizId == null || !YamlMap.ID.matcher(quizId).matches()) {
            throw new IllegalArgumentException("Quiz id must be lower-case letters, digits and dashes: " + quizId);
        }
        if (quizTitle == null || quizTitle.isBlank()) {
            throw new IllegalArgumentException("Quiz title is required.");
        }
        Problems problems = new Problems();
        QuizYaml yaml = new QuizYaml(quizId, quizTitle.strip());
        Set<String> ids = new HashSet<>(taken);
        int ordinal = 0;
        int count = 0;
        for (Block block : GiftBlocks.split(giftText)) {
            if (block.isCategory()) {
                yaml.comment(GiftText.plain(block.text(), GiftText.Format.PLAIN, new GiftText.Losses()));
                continue;
            }
            ordinal++;
            GiftQuestion question = new GiftQuestion(file, block, problems);
            Optional<Imported> imported = question.convert();
            if (imported.isPresent()) {
                String id = uniqueId(imported.get().title(), ordinal, ids);
                reportMoodleMetadata(file, block, question.label(), id, problems);
                String title = imported.get().title();
                yaml.comment(file + ":" + block.line() + (title.isEmpty() ? "" : " ::" + title + "::"));
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("id", id);
                fields.putAll(imported.get().fields());
                yaml.question(fields);
                count++;
            }
        }
        if (count == 0) {
            problems.report(file, 0, GiftProblems.GIFT_NOTHING_IMPORTED);
        }
        return new GiftImport(yaml.text(), count, problems.all());
    }

    /** Moodle 3.6+ writes a question's id number and tags in comments: {@code // [id:x] [tag:y]}. */
    private static void reportMoodleMetadata(String file, Block block, String label, String id, Problems problems) {
        String comments = String.join("\n", block.comments());
        Matcher idNumber = MOODLE_ID.matcher(comments);
        if (idNumber.find()) {
            problems.report(
                    file, block.line(), GiftProblems.GIFT_ID_NUMBER, label, unescapeBracket(idNumber.group(1)), id);
        }
        List<String> tags = new ArrayList<>();
        Matcher tag = MOODLE_TAG.matcher(comments);
        while (tag.find()) {
            tags.add(unescapeBracket(tag.group(1)));
        }
        if (!tags.isEmpty()) {
            problems.report(file, block.line(), GiftProblems.GIFT_TAGS, label, String.join(", ", tags));
        }
    }

    private static String unescapeBracket(String text) {
        return text.replace("\\]", "]").strip();
    }

    /** The title as an id (a-z, 0-9, dashes), made unique; q-1, q-2... by position without one. */
    static String uniqueId(String title, int ordinal, Set<String> used) {
        String base = slug(title);
        if (base.isEmpty()) {
            base = "q-" + ordinal;
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            String suffix = "-" + n;
            id = trimDashes(base.substring(0, Math.min(base.length(), MAX_ID - suffix.length()))) + suffix;
        }
        return id;
    }

    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^a-z0-9]+", "-");
        plain = trimDashes(plain);
        return trimDashes(plain.substring(0, Math.min(plain.length(), MAX_ID)));
    }

    private static String trimDashes(String text) {
        return text.replaceAll("^-+|-+$", "");
    }
}
