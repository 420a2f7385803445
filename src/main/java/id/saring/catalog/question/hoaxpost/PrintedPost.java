package id.saring.catalog.question.hoaxpost;

import id.saring.catalog.question.Paper;
import id.saring.catalog.question.Paper.Line;
import id.saring.catalog.question.Paper.Look;
import id.saring.catalog.question.Paper.Marker;
import id.saring.catalog.question.Paper.Run;
import id.saring.catalog.question.QuestionMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A hoax post on paper: the post as a card with each segment underlined and numbered ([1], [2]...
 * in the order the post shows them), lines for the flags, the verdict and the technique; in the
 * key, the verdict, the technique and a note on every numbered segment.
 */
final class PrintedPost {

    private final HoaxPost hoax;
    private final Paper paper;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    PrintedPost(HoaxPost hoax, Paper paper) {
        this.hoax = hoax;
        this.paper = paper;
        for (MarkedText text : hoax.post().texts()) {
            for (String id : text.segmentIds()) {
                numbers.putIfAbsent(id, numbers.size() + 1);
            }
        }
    }

    void ask() {
        paper.hint(paper.text(HoaxPostMessages.WORKSHEET_HOAX_HINT));
        paper.card(card());
        paper.writingLine(paper.text(HoaxPostMessages.WORKSHEET_HOAX_FLAGS));
        paper.line(Line.of(paper.text(HoaxPostMessages.WORKSHEET_HOAX_VERDICT)));
        paper.boxes(Arrays.stream(Verdict.values()).map(this::verdictWord).toList());
        paper.writingLine(paper.text(HoaxPostMessages.WORKSHEET_HOAX_TECHNIQUE));
    }

    void answer() {
        paper.answer(verdictWord(hoax.verdict()));
        hoax.technique()
                .ifPresent(t -> paper.line(
                        Line.labelled(paper.text(HoaxPostMessages.WORKSHEET_KEY_TECHNIQUE), paper.techniqueName(t))));
        String redFlags = numbers.keySet().stream()
                .filter(hoax::isRedFlag)
                .map(id -> "[" + numbers.get(id) + "]")
                .collect(Collectors.joining(", "));
        paper.line(Line.labelled(
                paper.text(HoaxPostMessages.WORKSHEET_KEY_RED_FLAGS),
                redFlags.isEmpty() ? paper.text(HoaxPostMessages.WORKSHEET_KEY_NO_RED_FLAGS) : redFlags));
        for (Map.Entry<String, Integer> numbered : numbers.entrySet()) {
            hoax.segments().stream()
                    .filter(s -> s.id().equals(numbered.getKey()))
                    .findFirst()
                    .ifPresent(segment -> paper.item(Marker.label("[" + numbered.getValue() + "]"), note(segment)));
        }
    }

    /** The segment's words, then whether it is a red flag (and its technique) and why. */
    private Line note(Segment segment) {
        String verdict = paper.text(
                        segment.redFlag()
                                ? HoaxPostMessages.WORKSHEET_KEY_RED_FLAG
                                : HoaxPostMessages.WORKSHEET_KEY_NOT_RED_FLAG)
                + segment.technique().map(t -> " · " + paper.techniqueName(t)).orElse("")
                + ": ";
        return Line.of(
                Run.of(hoax.segmentText(segment.id()).orElse(""), Look.ITALIC),
                Run.of("\n"),
                Run.of(verdict, Look.SMALL, Look.BOLD, segment.redFlag() ? Look.ALERT : Look.MUTED),
                Run.of(segment.explanation().inLocale(paper.locale()), Look.SMALL));
    }

    /** The post as the student would see it, each segment underlined and followed by its number. */
    private List<Line> card() {
        Post post = hoax.post();
        List<Line> lines = new ArrayList<>();
        String kind = post.kind() == Post.Kind.CHAT
                ? HoaxPostMessages.WORKSHEET_POST_CHAT
                : HoaxPostMessages.WORKSHEET_POST_SOCIAL;
        lines.add(
                Line.of(paper.text(kind), Look.SMALLER, Look.ITALIC, Look.MUTED).spaced(2));
        List<Run> head = new ArrayList<>(marked(post.sender(), Look.BOLD));
        post.handle().ifPresent(handle -> {
            head.add(Run.of("  "));
            head.addAll(marked(handle, Look.MUTED));
        });
        lines.add(new Line(head, 3, false));
        if (post.forwarded()) {
            lines.add(Line.of(paper.text(QuestionMessages.WORKSHEET_FORWARDED), Look.SMALL, Look.ITALIC, Look.MUTED));
        }
        post.headline().ifPresent(headline -> lines.add(new Line(marked(headline, Look.BOLD), 3, false)));
        lines.add(new Line(marked(post.body()), 3, false));
        post.caption().ifPresent(caption -> lines.add(new Line(marked(caption, Look.ITALIC, Look.MUTED), 3, false)));
        post.link().ifPresent(link -> lines.add(new Line(marked(link, Look.LINK), 3, false)));
        post.time()
                .ifPresent(time ->
                        lines.add(Line.of(time, Look.SMALLER, Look.MUTED).alignedRight()));
        return lines;
    }

    private List<Run> marked(MarkedText text, Look... looks) {
        List<Run> runs = new ArrayList<>();
        List<MarkedText.Part> parts = text.parts();
        for (int i = 0; i < parts.size(); i++) {
            MarkedText.Part part = parts.get(i);
            String words = i == parts.size() - 1 ? part.text().stripTrailing() : part.text();
            Set<Look> style = looks.length == 0 ? EnumSet.noneOf(Look.class) : EnumSet.of(looks[0], looks);
            if (part.isSegment()) {
                style.add(Look.UNDERLINE);
                runs.add(new Run(words, style));
                // A no-break space keeps the number with its segment when the line wraps.
                runs.add(Run.of("\u00a0[" + numbers.get(part.segmentId()) + "]", Look.SMALLER, Look.BOLD, Look.ACCENT));
            } else {
                runs.add(new Run(words, style));
            }
        }
        return runs;
    }

    private String verdictWord(Verdict verdict) {
        return paper.text(HoaxPostMessages.verdict(verdict));
    }
}
