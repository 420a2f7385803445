package id.saring.catalog.content;

import id.saring.catalog.text.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A short text to read. {@code html} is the author's Markdown rendered and sanitized, per
 * language: safe to put in a page as it is.
 */
public record Lesson(
        String id,
        LocalizedText title,
        int minutes,
        List<LocalizedText> objectives,
        List<String> tags,
        LocalizedText html) {

    public Lesson {
        objectives = List.copyOf(objectives);
        tags = List.copyOf(tags);
    }

    long htmlBytes() {
        return html.byLanguage().values().stream()
                .mapToLong(h -> h.getBytes(StandardCharsets.UTF_8).length)
                .max()
                .orElse(0);
    }
}
