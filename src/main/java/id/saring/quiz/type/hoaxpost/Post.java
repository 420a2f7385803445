package id.saring.quiz.type.hoaxpost;

import java.util.Optional;

/**
 * The message as students see it, drawn as a light card: a forwarded chat message or a social
 * post. Every text may contain marked segments.
 */
public record Post(
        Kind kind,
        MarkedText sender,
        Optional<MarkedText> handle,
        Optional<String> time,
        boolean forwarded,
        Optional<MarkedText> headline,
        MarkedText body,
        Optional<MarkedText> caption,
        Optional<MarkedText> link) {

    /** What the card looks like. */
    public enum Kind {
        CHAT,
        SOCIAL
    }
}
