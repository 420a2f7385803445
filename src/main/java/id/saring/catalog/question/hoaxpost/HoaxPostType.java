package id.saring.catalog.question.hoaxpost;

import com.google.auto.service.AutoService;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionForm;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.ReadContext;
import id.saring.catalog.yaml.YamlMap;
import id.saring.catalog.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code type: hoax-post} */
@AutoService(QuestionType.class)
public class HoaxPostType extends QuestionType {

    static final String TECHNIQUE_PREFIX = "teknik:";

    private static final Set<String> POST_KEYS =
            Set.of("kind", "sender", "handle", "time", "forwarded", "headline", "body", "caption", "link");
    private static final Set<String> SEGMENT_KEYS = Set.of("red-flag", "technique", "explanation");

    public HoaxPostType() {
        super("hoax-post", "post", "segments", "verdict", "technique");
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        Optional<Post> post = question.map("post").flatMap(p -> readPost(p.allowOnly(POST_KEYS)));
        if (!question.has("post")) {
            question.report("post", YamlProblems.YAML_MISSING, "post");
        }
        List<Segment> segments = new ArrayList<>();
        Map<String, YamlMap> written = question.mapsByKey("segments");
        written.forEach((id, segment) -> {
            segment.allowOnly(SEGMENT_KEYS);
            boolean redFlag = segment.bool("red-flag").orElse(false);
            Optional<String> technique = segment.string("technique");
            technique.ifPresent(t -> checkTechnique(segment, "technique", t, context));
            segment.requiredText("explanation")
                    .ifPresent(explanation -> segments.add(new Segment(id, redFlag, technique, explanation)));
        });
        Optional<Verdict> verdict = question.choice("verdict", Verdict.WORDS).flatMap(Verdict::of);
        if (question.lacks("verdict")) {
            question.report("verdict", YamlProblems.YAML_MISSING, "verdict");
        }
        Optional<String> technique = question.string("technique");
        technique.ifPresent(t -> checkTechnique(question, "technique", t, context));
        if (post.isEmpty() || verdict.isEmpty()) {
            return Optional.empty();
        }
        Set<String> marked = new LinkedHashSet<>();
        allTexts(post.get()).forEach(text -> marked.addAll(text.segmentIds()));
        for (String id : marked) {
            if (!written.containsKey(id)) {
                question.report("post", HoaxPostProblems.QUESTION_HOAX_SEGMENT_UNEXPLAINED, id);
            }
        }
        for (String id : written.keySet()) {
            if (!marked.contains(id)) {
                question.report("segments", HoaxPostProblems.QUESTION_HOAX_SEGMENT_UNMARKED, id);
            }
        }
        if (segments.isEmpty() && marked.isEmpty()) {
            question.report("post", HoaxPostProblems.QUESTION_HOAX_NO_SEGMENTS);
        }
        if (verdict.get() == Verdict.HOAKS && segments.stream().noneMatch(Segment::redFlag)) {
            question.report("segments", HoaxPostProblems.QUESTION_HOAX_NO_RED_FLAG);
        }
        return Optional.of(new HoaxPost(post.get(), segments, verdict.get(), technique));
    }

    @Override
    public Optional<QuestionForm> form(Map<String, Object> question) {
        return Optional.of(HoaxPostForm.of(question));
    }

    private Optional<Post> readPost(YamlMap post) {
        Optional<Post.Kind> kind =
                post.choice("kind", List.of("chat", "social")).map(k -> Post.Kind.valueOf(k.toUpperCase(Locale.ROOT)));
        if (!post.has("kind")) {
            post.report("kind", YamlProblems.YAML_MISSING, "kind");
        }
        Optional<MarkedText> sender = marked(post, "sender", true);
        Optional<MarkedText> body = marked(post, "body", true);
        if (kind.isEmpty() || sender.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Post(
                kind.get(),
                sender.get(),
                marked(post, "handle", false),
                post.string("time"),
                post.bool("forwarded").orElse(false),
                marked(post, "headline", false),
                body.get(),
                marked(post, "caption", false),
                marked(post, "link", false)));
    }

    private static Optional<MarkedText> marked(YamlMap post, String key, boolean required) {
        Optional<String> source = required ? post.requiredString(key) : post.string(key);
        Optional<MarkedText> text = source.map(MarkedText::parse);
        if (text.isPresent() && text.get().hasBrokenMark()) {
            post.report(key, HoaxPostProblems.QUESTION_HOAX_BROKEN_MARK, key);
        }
        return text;
    }

    private static void checkTechnique(YamlMap where, String key, String technique, ReadContext context) {
        if (!technique.startsWith(TECHNIQUE_PREFIX) || !context.isKnownTag(technique)) {
            where.report(key, HoaxPostProblems.QUESTION_HOAX_UNKNOWN_TECHNIQUE, technique);
        }
    }

    private static List<MarkedText> allTexts(Post post) {
        List<MarkedText> texts = new ArrayList<>(List.of(post.sender(), post.body()));
        post.handle().ifPresent(texts::add);
        post.headline().ifPresent(texts::add);
        post.caption().ifPresent(texts::add);
        post.link().ifPresent(texts::add);
        return texts;
    }
}
