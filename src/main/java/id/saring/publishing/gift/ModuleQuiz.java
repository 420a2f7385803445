package id.saring.publishing.gift;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the questions of an imported GIFT file into a module's own quiz file: the imported file
 * becomes the quiz when the module has none; otherwise its questions are added at the end of the
 * quiz's {@code questions:} list, indented as that list is, and the rest of the file is kept
 * exactly as its author wrote it.
 */
public final class ModuleQuiz {

    private static final Pattern QUESTIONS = Pattern.compile("questions:\\s*(\\[\\s*])?\\s*(#.*)?");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("[^\\s#-].*");
    private static final Pattern ITEM = Pattern.compile("( *)- .*");

    /** A line that gives something an id: {@code id: x} or {@code - id: x}, the id alone. */
    private static final Pattern ID_LINE =
            Pattern.compile("\\s*(?:- +)?id: *([\"']?)([a-z0-9]+(?:-[a-z0-9]+)*)\\1\\s*(?:#.*)?");

    private ModuleQuiz() {}

    /**
     * The ids a course file gives (a course's, module's, quiz's or question's {@code id:}, a
     * lesson's in its front matter), so that imported questions get others. A text in Bahasa
     * Indonesia that is one lower-case word is counted too; avoiding it as an id costs nothing.
     */
    public static Set<String> idsIn(String file) {
        Set<String> ids = new HashSet<>();
        file.lines().forEach(line -> {
            Matcher id = ID_LINE.matcher(line);
            if (id.matches()) {
                ids.add(id.group(2));
            }
        });
        return ids;
    }

    /**
     * @param existing the module's quiz file, if it has one
     * @param imported a quiz file written by {@link GiftImporter}
     * @return the new quiz file; empty when {@code questions:} is not the last key of the existing
     *     file, so the questions cannot be added at its end without moving something
     */
    public static Optional<String> withImported(Optional<String> existing, String imported) {
        if (existing.isEmpty() || existing.get().isBlank()) {
            return Optional.of(imported);
        }
        List<String> lines = existing.get().stripTrailing().lines().toList();
        int questions = lastTopLevel(lines, "questions:");
        if (questions < 0
                || !QUESTIONS.matcher(lines.get(questions)).matches()
                || lines.subList(questions + 1, lines.size()).stream()
                        .anyMatch(l -> TOP_LEVEL_KEY.matcher(l).matches())) {
            return Optional.empty();
        }
        List<String> importedLines = imported.lines().toList();
        int importedQuestions = lastTopLevel(importedLines, "questions:");
        List<String> items = importedLines.subList(importedQuestions + 1, importedLines.size());
        int shift = indent(lines.subList(questions + 1, lines.size())).orElse(2)
                - indent(items).orElse(2);
        List<String> merged = new ArrayList<>(lines.subList(0, questions));
        merged.add("questions:");
        merged.addAll(lines.subList(questions + 1, lines.size()));
        items.forEach(item -> merged.add(shifted(item, shift)));
        return Optional.of(String.join("\n", merged) + "\n");
    }

    private static int lastTopLevel(List<String> lines, String key) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The indent of a list's first item. */
    private static Optional<Integer> indent(List<String> lines) {
        for (String line : lines) {
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                return Optional.of(item.group(1).length());
            }
        }
        return Optional.empty();
    }

    private static String shifted(String line, int shift) {
        if (line.isBlank() || shift == 0) {
            return line;
        }
        return shift > 0 ? " ".repeat(shift) + line : line.substring(Math.min(-shift, leadingSpaces(line)));
    }

    private static int leadingSpaces(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }
}
