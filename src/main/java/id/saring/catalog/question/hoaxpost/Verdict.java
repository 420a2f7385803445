package id.saring.catalog.question.hoaxpost;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a post is, in the words authors write: hoaks, menyesatkan (misleading) or fakta. */
public enum Verdict {
    HOAKS,
    MENYESATKAN,
    FAKTA;

    public static final List<String> WORDS =
            Arrays.stream(values()).map(Verdict::word).toList();

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Verdict> of(String word) {
        return Arrays.stream(values()).filter(v -> v.word().equals(word)).findFirst();
    }
}
