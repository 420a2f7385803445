package id.saring.catalog.question.hoaxpost;

import java.util.ArrayList;
import java.util.List;
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

    /** Every text of the post, in the order it is shown. */
    public List<MarkedText> texts() {
        List<MarkedText> texts = new ArrayList<>();
        texts.add(sender);
        handle.ifPresent(texts::add);
        headline.ifPresent(texts::add);
        texts.add(body);
        caption.ifPresent(texts::add);
        link.ifPresent(texts::add);
        return texts;
    }
}
