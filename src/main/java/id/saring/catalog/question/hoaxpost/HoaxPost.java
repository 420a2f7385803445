package id.saring.catalog.question.hoaxpost;

import id.saring.catalog.question.Gradable;
import id.saring.catalog.question.InvalidResponse;
import id.saring.catalog.question.Paper;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.RedFlag;
import id.saring.catalog.question.Response;
import id.saring.catalog.question.TruthJudgement;
import id.saring.catalog.question.Words;
import id.saring.catalog.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A post, its segments, the right verdict and, optionally, the main technique used. */
public record HoaxPost(Post post, List<Segment> segments, Verdict verdict, Optional<String> technique)
        implements QuestionDefinition, TruthJudgement {

    public HoaxPost {
        segments = List.copyOf(segments);
    }

    public boolean isRedFlag(String segmentId) {
        return segments.stream().anyMatch(s -> s.id().equals(segmentId) && s.redFlag());
    }

    public List<Segment> redFlags() {
        return segments.stream().filter(Segment::redFlag).toList();
    }

    /**
     * {@code flags}: the flagged segment ids, comma-separated; {@code verdict}: hoaks, menyesatkan
     * or fakta; {@code technique}: optionally, the technique the student thinks was used.
     */
    @Override
    public void check(Response response) {
        Gradable.onlyNames(response, Set.of("flags", "verdict", "technique"));
        for (String flag : response.list("flags")) {
            if (segments.stream().noneMatch(s -> s.id().equals(flag))) {
                throw new InvalidResponse("no segment " + flag);
            }
        }
        response.value("verdict").ifPresent(v -> Verdict.of(v).orElseThrow(() -> new InvalidResponse("verdict " + v)));
        response.value("technique").ifPresent(t -> {
            if (!t.matches("teknik:[a-z0-9-]{1,40}")) {
                throw new InvalidResponse("technique " + t);
            }
        });
    }

    /**
     * Half for the verdict; half for the flags: red flags found minus false alarms, as a share of
     * the red flags. A true post with no red flag earns that half by raising no false alarm.
     */
    @Override
    public double grade(Response response) {
        if (response.isEmpty()) {
            return 0;
        }
        double verdictScore = response.value("verdict")
                .flatMap(Verdict::of)
                .map(v -> v == verdict ? 1.0 : 0.0)
                .orElse(0.0);
        List<String> flagged = response.list("flags");
        long hits = redFlags().stream().filter(s -> flagged.contains(s.id())).count();
        long falseAlarms = flagged.size() - hits;
        double flagScore = redFlags().isEmpty()
                ? (segments.isEmpty() ? 1 : Gradable.clamp(1 - (double) falseAlarms / segments.size()))
                : Gradable.foundLessFalseAlarms(hits, falseAlarms, redFlags().size());
        return (verdictScore + flagScore) / 2;
    }

    /** The verdict given, then the segments flagged, each quoted once. */
    @Override
    public Optional<LocalizedText> describe(Response response) {
        if (response.isEmpty()) {
            return Optional.empty();
        }
        List<LocalizedText> parts = new ArrayList<>();
        response.value("verdict").flatMap(Verdict::of).map(HoaxPost::words).ifPresent(parts::add);
        List<String> flagged = response.list("flags");
        segments.stream()
                .filter(s -> flagged.contains(s.id()))
                .map(s -> LocalizedText.indonesian(
                        LocalizedText.quote(segmentText(s.id()).orElse(s.id()))))
                .forEach(parts::add);
        return parts.isEmpty() ? Optional.empty() : Optional.of(LocalizedText.join(" + ", parts));
    }

    /** The right verdict, then the red flags, each quoted once. */
    @Override
    public LocalizedText rightAnswer() {
        List<LocalizedText> parts = new ArrayList<>();
        parts.add(words(verdict));
        redFlags().stream()
                .map(s -> LocalizedText.indonesian(
                        LocalizedText.quote(segmentText(s.id()).orElse(s.id()))))
                .forEach(parts::add);
        return LocalizedText.join(" + ", parts);
    }

    /**
     * Only a wrong verdict is a wrong answer: a right verdict with red flags missed is not (those
     * are counted on their own, {@link #redFlags()}).
     */
    @Override
    public Optional<LocalizedText> describeWrong(Response response) {
        return response.value("verdict")
                .flatMap(Verdict::of)
                .filter(v -> v != verdict)
                .map(HoaxPost::words);
    }

    private static LocalizedText words(Verdict verdict) {
        return Words.of(HoaxPostMessages.verdict(verdict));
    }

    /** A post is true when its verdict is "fakta"; "hoaks" and "menyesatkan" are both false. */
    @Override
    public boolean isTrue() {
        return verdict == Verdict.FAKTA;
    }

    @Override
    public Optional<Boolean> judgedTrue(Response response) {
        return response.value("verdict").flatMap(Verdict::of).map(v -> v == Verdict.FAKTA);
    }

    /** The words of a segment as the post shows them. */
    public Optional<String> segmentText(String segmentId) {
        return post.texts().stream()
                .flatMap(t -> t.parts().stream())
                .filter(p -> segmentId.equals(p.segmentId()))
                .map(MarkedText.Part::text)
                .findFirst();
    }

    @Override
    public void ask(Paper paper) {
        new PrintedPost(this, paper).ask();
    }

    @Override
    public void answer(Paper paper) {
        new PrintedPost(this, paper).answer();
    }

    /** The worksheet asks which technique the post uses. */
    @Override
    public boolean asksForTechnique() {
        return true;
    }

    @Override
    public List<String> techniques() {
        return technique.stream().toList();
    }

    @Override
    public List<RedFlag> flagsToFind() {
        return redFlags().stream()
                .map(flag -> new RedFlag(flag.id(), segmentText(flag.id()).orElse(flag.id())))
                .toList();
    }

    @Override
    public Set<String> flagsFound(Response response) {
        return Set.copyOf(response.list("flags"));
    }
}
