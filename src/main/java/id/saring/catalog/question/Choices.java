package id.saring.catalog.question;

import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The {@code choices:} list that choice-based types share: reading, grading, words and printing. */
public final class Choices {

    private static final Set<String> KEYS = Set.of("id", "text", "correct", "weight", "feedback");

    private Choices() {}

    /** Choices without an id get a, b, c... by position. */
    public static List<Choice> read(YamlMap question, int minimum) {
        List<Choice> choices = new ArrayList<>();
        YamlMap.UniqueIds ids = new YamlMap.UniqueIds();
        List<YamlMap> items = question.maps("choices");
        for (int i = 0; i < items.size(); i++) {
            YamlMap item = items.get(i).allowOnly(KEYS);
            String id = item.has("id") ? item.id("id").orElse(null) : positionalId(i);
            var text = item.requiredText("text");
            boolean correct = item.bool("correct").orElse(false);
            var weight = item.integer("weight", -100, 100);
            var feedback = item.text("feedback");
            if (id == null || text.isEmpty()) {
                continue;
            }
            ids.check(item, "id", id);
            choices.add(new Choice(id, text.get(), correct, weight, feedback));
        }
        if (items.size() < minimum) {
            question.report("choices", QuestionProblems.QUESTION_TOO_FEW_CHOICES, minimum);
        }
        return choices;
    }

    /** a, b, ... z, then c27, c28, ...: always a valid id. */
    static String positionalId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "c" + (index + 1);
    }

    /** The chosen choice must be one of these. */
    public static void checkKnown(List<Choice> choices, List<String> chosen) {
        for (String id : chosen) {
            if (choices.stream().noneMatch(c -> c.id().equals(id))) {
                throw new InvalidResponse("no choice " + id);
            }
        }
        if (chosen.stream().distinct().count() < chosen.size()) {
            throw new InvalidResponse("a choice twice");
        }
    }

    /**
     * One pick: full marks for a correct choice, a weighted choice earns its weight (Moodle's
     * partial credit), anything else nothing.
     */
    public static double gradeOne(List<Choice> choices, Optional<String> chosen) {
        return chosen.flatMap(
                        id -> choices.stream().filter(c -> c.id().equals(id)).findFirst())
                .map(c -> c.correct() ? 1.0 : Gradable.clamp(c.weight().orElse(0) / 100.0))
                .orElse(0.0);
    }

    public static long correctCount(List<Choice> choices) {
        return choices.stream().filter(Choice::correct).count();
    }

    /** The text of the picked choice, for reports. */
    public static Optional<LocalizedText> describeOne(List<Choice> choices, Optional<String> picked) {
        return picked.flatMap(
                        id -> choices.stream().filter(c -> c.id().equals(id)).findFirst())
                .map(Choice::text);
    }

    /** The correct choices' texts in the question's order, joined with " + ". */
    public static LocalizedText describeCorrect(List<Choice> choices) {
        return LocalizedText.join(
                " + ",
                choices.stream().filter(Choice::correct).map(Choice::text).toList());
    }

    /** The texts of the picked choices in the question's order, joined with " + ", for reports. */
    public static Optional<LocalizedText> describeMany(List<Choice> choices, List<String> picked) {
        List<Choice> chosen =
                choices.stream().filter(c -> picked.contains(c.id())).toList();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> byLanguage = new TreeMap<>();
        for (String language : List.of(LocalizedText.INDONESIAN, "en")) {
            byLanguage.put(
                    language,
                    String.join(
                            " + ",
                            chosen.stream().map(c -> c.text().in(language)).toList()));
        }
        return Optional.of(new LocalizedText(byLanguage));
    }

    /** Each choice in printed order after a box with its letter, to circle. */
    public static void print(Paper paper, List<Choice> choices) {
        List<Choice> printed = paper.inPrintedOrder(choices);
        for (int i = 0; i < printed.size(); i++) {
            paper.item(
                    Paper.Marker.box(paper.letter(i)),
                    Paper.Line.of(printed.get(i).text().inLocale(paper.locale())));
        }
    }

    /** The letters of the correct choices, then those choices and the ones that earn part of the points. */
    public static void printKey(Paper paper, List<Choice> choices) {
        List<Choice> printed = paper.inPrintedOrder(choices);
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            if (printed.get(i).correct()) {
                letters.add(paper.letter(i));
            }
        }
        paper.answer(String.join(", ", letters));
        for (int i = 0; i < printed.size(); i++) {
            Choice choice = printed.get(i);
            String text = choice.text().inLocale(paper.locale());
            if (choice.correct()) {
                paper.item(Paper.Marker.box(paper.letter(i)), Paper.Line.of(text));
            } else if (choice.weight().orElse(0) > 0) {
                paper.item(
                        Paper.Marker.box(paper.letter(i)),
                        Paper.Line.labelled(
                                paper.text(
                                        QuestionMessages.WORKSHEET_KEY_PARTIAL,
                                        choice.weight().get()),
                                text));
            }
        }
    }
}
