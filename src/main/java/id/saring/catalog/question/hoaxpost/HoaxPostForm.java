package id.saring.catalog.question.hoaxpost;

import id.saring.catalog.question.FormText;
import id.saring.catalog.question.QuestionForm;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hoax post in the browser editor: the post's texts as written (segments marked {@code
 * [[id|text]]} inside them), each segment with whether it is a red flag and why, the verdict and
 * the technique. An author pastes the message as it arrived and makes phrases segments by
 * selecting them ({@link #mark}).
 */
public final class HoaxPostForm implements QuestionForm {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The post's texts that may hold segments, in the order the card shows them. */
    public static final List<String> MARKABLE = List.of("sender", "handle", "headline", "body", "caption", "link");

    private static final Pattern MARK = Pattern.compile("\\[\\[([a-z0-9-]+)\\|([^\\[\\]|]+)]]");
    private static final String SEGMENT_PREFIX = "bagian-";

    private String kind = "chat";
    private final Map<String, String> texts = new LinkedHashMap<>();
    private String time = "";
    private boolean forwarded;
    private final List<SegmentForm> segments = new ArrayList<>();
    private String verdict = "";
    private String technique = "";

    /** One segment: its id (as marked in the texts), red flag or not, its technique and why. */
    public static final class SegmentForm implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String id;
        private boolean redFlag;
        private String technique = "";
        private FormText explanation = new FormText();

        SegmentForm(String id) {
            this.id = id;
        }

        public String getId() {
            return id;
        }

        public boolean isRedFlag() {
            return redFlag;
        }

        public void setRedFlag(boolean redFlag) {
            this.redFlag = redFlag;
        }

        public String getTechnique() {
            return technique;
        }

        public void setTechnique(String technique) {
            this.technique = technique == null ? "" : technique.strip();
        }

        public FormText getExplanation() {
            return explanation;
        }
    }

    /** Filled from a question as written; a new question starts as a forwarded chat message. */
    static HoaxPostForm of(Map<String, Object> question) {
        HoaxPostForm form = new HoaxPostForm();
        MARKABLE.forEach(key -> form.texts.put(key, ""));
        if (question.get("post") instanceof Map<?, ?> post) {
            form.kind = FormText.stringOf(post.get("kind"));
            MARKABLE.forEach(key -> form.texts.put(key, FormText.stringOf(post.get(key))));
            form.time = FormText.stringOf(post.get("time"));
            form.forwarded = FormText.isYes(post.get("forwarded"));
        } else if (question.isEmpty()) {
            form.forwarded = true;
        }
        if (question.get("segments") instanceof Map<?, ?> segments) {
            segments.forEach((id, written) -> {
                SegmentForm segment = new SegmentForm(String.valueOf(id));
                if (written instanceof Map<?, ?> fields) {
                    segment.redFlag = FormText.isYes(fields.get("red-flag"));
                    segment.technique = FormText.stringOf(fields.get("technique"));
                    segment.explanation = FormText.of(fields.get("explanation"));
                }
                form.segments.add(segment);
            });
        }
        form.verdict = FormText.stringOf(question.get("verdict"));
        form.technique = FormText.stringOf(question.get("technique"));
        return form;
    }

    /** An empty field comes back from the page as null, and its line ends as CR LF. */
    private void normalize() {
        texts.replaceAll((key, text) -> FormText.lf(text));
    }

    @Override
    public void writeInto(Map<String, Object> question) {
        normalize();
        Map<String, Object> post = new LinkedHashMap<>();
        if (question.get("post") instanceof Map<?, ?> written) {
            written.forEach((key, value) -> post.put(String.valueOf(key), value));
        }
        FormText.put(post, "kind", FormText.scalar(post.get("kind"), kind));
        texts.forEach((key, text) -> FormText.put(
                post, key, text.equals(post.get(key)) ? text : text.strip().isEmpty() ? null : trimmed(key, text)));
        FormText.put(post, "time", FormText.scalar(post.get("time"), time));
        FormText.put(post, "forwarded", FormText.yesNo(post.get("forwarded"), forwarded));
        question.put("post", reordered(post));

        Map<String, Object> writtenSegments = new LinkedHashMap<>();
        if (question.get("segments") instanceof Map<?, ?> written) {
            written.forEach((key, value) -> writtenSegments.put(String.valueOf(key), value));
        }
        Map<String, Object> segmentMaps = new LinkedHashMap<>();
        for (SegmentForm segment : segments) {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (writtenSegments.get(segment.id) instanceof Map<?, ?> written) {
                written.forEach((key, value) -> fields.put(String.valueOf(key), value));
            }
            Object redFlag = FormText.yesNo(fields.get("red-flag"), segment.redFlag);
            fields.put("red-flag", redFlag == null ? "false" : redFlag);
            FormText.put(fields, "technique", FormText.scalar(fields.get("technique"), segment.technique));
            segment.explanation.writeInto(fields, "explanation");
            segmentMaps.put(segment.id, fields);
        }
        question.put("segments", segmentMaps);
        FormText.put(question, "verdict", FormText.scalar(question.get("verdict"), verdict));
        FormText.put(question, "technique", FormText.scalar(question.get("technique"), technique));
    }

    /** The body keeps its lines; the other texts are one line each. */
    private static String trimmed(String key, String text) {
        return key.equals("body") ? text.strip() + "\n" : text.strip().replaceAll("\\s*\n\\s*", " ");
    }

    /** The post's keys in the order of the authors' guide, unknown ones after them. */
    private static Map<String, Object> reordered(Map<String, Object> post) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key :
                List.of("kind", "sender", "handle", "time", "forwarded", "headline", "body", "caption", "link")) {
            if (post.containsKey(key)) {
                ordered.put(key, post.get(key));
            }
        }
        post.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /**
     * Makes the selected part of one of the post's texts a segment, not yet a red flag.
     *
     * @param field one of {@link #MARKABLE}
     * @param start where the selection starts in the text as written (marks included)
     * @param end where it ends
     * @return the message key of the reason it cannot be, or empty when it was made
     */
    public Optional<String> mark(String field, int start, int end) {
        normalize();
        String text = texts.get(field);
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return Optional.of(HoaxPostMessages.EDITOR_HOAX_SELECT_FIRST);
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String selected = text.substring(start, end);
        if (selected.isEmpty()) {
            return Optional.of(HoaxPostMessages.EDITOR_HOAX_SELECT_FIRST);
        }
        if (selected.contains("[") || selected.contains("]") || selected.contains("|")) {
            return Optional.of(HoaxPostMessages.EDITOR_HOAX_MARK_OVERLAP);
        }
        Matcher mark = MARK.matcher(text);
        while (mark.find()) {
            if (start < mark.end() && end > mark.start()) {
                return Optional.of(HoaxPostMessages.EDITOR_HOAX_MARK_OVERLAP);
            }
        }
        String id = nextId();
        texts.put(field, text.substring(0, start) + "[[" + id + "|" + selected + "]]" + text.substring(end));
        segments.add(new SegmentForm(id));
        return Optional.empty();
    }

    /** Takes a segment away: its mark becomes plain text again, and its explanation goes. */
    public void unmark(String id) {
        normalize();
        Pattern own = Pattern.compile("\\[\\[" + Pattern.quote(id) + "\\|([^\\[\\]|]+)]]");
        texts.replaceAll((key, text) -> own.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1))));
        segments.removeIf(s -> s.id.equals(id));
    }

    private String nextId() {
        int n = 1;
        while (true) {
            String id = SEGMENT_PREFIX + n;
            if (segments.stream().noneMatch(s -> s.id.equals(id))
                    && texts.values().stream().noneMatch(t -> t.contains("[[" + id + "|"))) {
                return id;
            }
            n++;
        }
    }

    /** The marked text of a segment, to show beside its explanation. */
    public String segmentText(String id) {
        normalize();
        for (String text : texts.values()) {
            Matcher mark = MARK.matcher(text);
            while (mark.find()) {
                if (mark.group(1).equals(id)) {
                    return mark.group(2);
                }
            }
        }
        return "";
    }

    public List<String> getKinds() {
        return List.of("chat", "social");
    }

    public List<String> getVerdicts() {
        return Verdict.WORDS;
    }

    public List<String> getMarkable() {
        return MARKABLE;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time == null ? "" : time;
    }

    public boolean isForwarded() {
        return forwarded;
    }

    public void setForwarded(boolean forwarded) {
        this.forwarded = forwarded;
    }

    public List<SegmentForm> getSegments() {
        return segments;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict == null ? "" : verdict;
    }

    public String getTechnique() {
        return technique;
    }

    public void setTechnique(String technique) {
        this.technique = technique == null ? "" : technique.strip();
    }
}
