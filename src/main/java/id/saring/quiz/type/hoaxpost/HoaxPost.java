package id.saring.quiz.type.hoaxpost;

import id.saring.quiz.type.QuestionDefinition;
import java.util.List;
import java.util.Optional;

/** A post, its segments, the right verdict and, optionally, the main technique used. */
public record HoaxPost(Post post, List<Segment> segments, Verdict verdict, Optional<String> technique)
        implements QuestionDefinition {

    public HoaxPost {
        segments = List.copyOf(segments);
    }

    public List<Segment> redFlags() {
        return segments.stream().filter(Segment::redFlag).toList();
    }
}
