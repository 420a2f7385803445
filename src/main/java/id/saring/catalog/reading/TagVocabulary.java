package id.saring.catalog.reading;

import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.Problems;
import id.saring.catalog.yaml.YamlMap;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tags courses may use, from {@code tags.yaml} beside the course folders: the digital-literacy
 * pillars ({@code pilar:}), manipulation techniques ({@code teknik:}) and skills
 * ({@code keterampilan:}), each with a name per language for reports.
 */
public record TagVocabulary(Map<String, LocalizedText> labels) {

    public static final String FILE = "tags.yaml";

    private static final Pattern TAG = Pattern.compile("(pilar|teknik|keterampilan|topik):[a-z0-9-]+");

    public TagVocabulary {
        labels = Map.copyOf(labels);
    }

    public static Optional<TagVocabulary> read(byte[] yaml, Problems problems) {
        Optional<YamlMap> root = YamlMap.parse(FILE, new String(yaml, StandardCharsets.UTF_8), 0, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Map<String, LocalizedText> labels = new LinkedHashMap<>();
        for (String tag : root.get().keys()) {
            if (!TAG.matcher(tag).matches()) {
                root.get().report(tag, CourseProblems.TAGS_BAD_TAG, tag);
                continue;
            }
            root.get().requiredText(tag).ifPresent(label -> labels.put(tag, label));
        }
        return Optional.of(new TagVocabulary(labels));
    }

    public Set<String> tags() {
        return labels.keySet();
    }

    public boolean knows(String tag) {
        return labels.containsKey(tag);
    }
}
