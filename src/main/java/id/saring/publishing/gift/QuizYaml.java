package id.saring.publishing.gift;

import java.util.List;
import java.util.Map;

/**
 * Writes a quiz file. Every text is a double-quoted YAML scalar with everything that could end
 * or bend it escaped, so no text from a GIFT file, however odd, can change the file's structure.
 */
final class QuizYaml {

    private static final int COMMENT_LENGTH = 100;

    private final StringBuilder out = new StringBuilder();
    private boolean questions;

    QuizYaml(String id, String title) {
        out.append("id: ").append(quoted(id)).append('\n');
        out.append("title: ").append(quoted(title)).append('\n');
    }

    /** A comment line in the question list, e.g. where a question came from. */
    void comment(String text) {
        startQuestions();
        out.append("  # ").append(commentText(text)).append('\n');
    }

    /** One question, its keys in the given order. */
    void question(Map<String, Object> fields) {
        startQuestions();
        map(fields, 4, "  - ");
    }

    String text() {
        if (!questions) {
            return out + "questions: []\n";
        }
        return out.toString();
    }

    private void startQuestions() {
        if (!questions) {
            out.append("questions:\n");
            questions = true;
        }
    }

    private void map(Map<?, ?> map, int indent, String firstPrefix) {
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(first ? firstPrefix : " ".repeat(indent))
                    .append(entry.getKey())
                    .append(':');
            first = false;
            value(entry.getValue(), indent);
        }
    }

    private void value(Object value, int indent) {
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
            out.append('\n');
            for (Object item : list) {
                map((Map<?, ?>) item, indent + 4, " ".repeat(indent + 2) + "- ");
            }
        } else if (value instanceof List<?> list) {
            out.append(" [");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(scalar(list.get(i)));
            }
            out.append("]\n");
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static String scalar(Object value) {
        if (value instanceof Boolean || value instanceof Integer) {
            return value.toString();
        }
        return quoted(String.valueOf(value));
    }

    /** A YAML double-quoted scalar; line breaks, control and other invisible characters escaped. */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
                        quoted.append("\\uFFFD");
                    } else if (invisible(c)) {
                        quoted.append(String.format("\\u%04X", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }

    private static boolean invisible(int c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x2028
                || c == 0x2029
                || c == 0xFEFF
                || (c >= 0xFDD0 && c <= 0xFDEF)
                || c == 0xFFFE
                || c == 0xFFFF;
    }

    /** One line, printable characters only, so a comment cannot spill into the data. */
    private static String commentText(String text) {
        StringBuilder line = new StringBuilder();
        text.codePoints()
                .forEach(c ->
                        line.appendCodePoint(invisible(c) || Character.isSurrogate((char) c) && c <= 0xFFFF ? ' ' : c));
        String single = line.toString().replaceAll("\\s+", " ").strip();
        return single.length() <= COMMENT_LENGTH ? single : single.substring(0, COMMENT_LENGTH) + "…";
    }
}
