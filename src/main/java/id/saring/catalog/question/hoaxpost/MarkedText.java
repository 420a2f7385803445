package id.saring.catalog.question.hoaxpost;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's text with its segments marked as {@code [[id|visible text]]}: parsed into plain and
 * marked parts, in order.
 */
public record MarkedText(List<Part> parts) {

    private static final Pattern MARK = Pattern.compile("\\[\\[([a-z0-9-]+)\\|([^\\[\\]|]+)]]");

    public MarkedText {
        parts = List.copyOf(parts);
    }

    /** A stretch of text; {@code segmentId} is null for plain text. */
    public record Part(String segmentId, String text) {
        public boolean isSegment() {
            return segmentId != null;
        }
    }

    public static MarkedText parse(String source) {
        List<Part> parts = new ArrayList<>();
        Matcher mark = MARK.matcher(source);
        int at = 0;
        while (mark.find()) {
            if (mark.start() > at) {
                parts.add(new Part(null, source.substring(at, mark.start())));
            }
            parts.add(new Part(mark.group(1), mark.group(2)));
            at = mark.end();
        }
        if (at < source.length()) {
            parts.add(new Part(null, source.substring(at)));
        }
        return new MarkedText(parts);
    }

    public List<String> segmentIds() {
        return parts.stream().filter(Part::isSegment).map(Part::segmentId).toList();
    }

    /** Whether some {@code [[} or {@code ]]} is left over: a mark written wrongly. */
    public boolean hasBrokenMark() {
        return parts.stream()
                .filter(p -> !p.isSegment())
                .anyMatch(p -> p.text().contains("[[") || p.text().contains("]]"));
    }

    public String plain() {
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(p.text()));
        return text.toString();
    }
}
