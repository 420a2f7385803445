package id.saring.catalog.reading;

import id.saring.catalog.yaml.Problems;
import java.util.Optional;

/**
 * A lesson file split into its front matter (YAML between two {@code ---} lines at the top) and
 * its Markdown.
 *
 * @param markdownLine the line of the file the Markdown starts on (1-based)
 */
record FrontMatter(String yaml, String markdown, int markdownLine) {

    static Optional<FrontMatter> split(String file, String text, Problems problems) {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.report(file, 1, CourseProblems.LESSON_NO_FRONT_MATTER);
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String markdown = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, markdown, i + 2));
            }
        }
        problems.report(file, 1, CourseProblems.LESSON_UNCLOSED_FRONT_MATTER);
        return Optional.empty();
    }
}
