package id.saring.catalog.yaml;

import id.saring.catalog.text.LocalizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML mapping from a course file that remembers where each value was written, so that every
 * problem can be reported with its file and line. Getters report what is missing or malformed to
 * {@link Problems} and return empty; the reader carries on and finds the next problem too.
 */
public final class YamlMap {

    /** Ids: lower-case letters, digits and dashes, as in URLs. Stable across versions of a course. */
    public static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    public static final Set<String> LANGUAGES = Set.of("id", "en");

    private final String file;
    private final int lineOffset;
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, int lineOffset, MappingNode node, Problems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.node = node;
        this.problems = problems;
        for (NodeTuple entry : node.getValue()) {
            String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (entries.putIfAbsent(key, entry) != null) {
                problems.report(file, lineOf(entry.getKeyNode()), YamlProblems.YAML_DUPLICATE_KEY, key);
            }
        }
    }

    /**
     * Reads a YAML text whose top level must be a mapping. {@code lineOffset} is added to line
     * numbers, for YAML that starts further down a file (front matter).
     */
    public static Optional<YamlMap> parse(String file, String text, int lineOffset, Problems problems) {
        Node root;
        try {
            // SnakeYAML Engine (2.10 and 3.0.1) fails on a surrogate pair (an emoji) that straddles
            // its read buffer; a buffer as long as the file has no such boundary.
            LoadSettings settings = LoadSettings.builder()
                    .setLabel(file)
                    .setBufferSize(text.length() + 1)
                    .build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            root = composer.getSingleNode().orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            YamlSyntax.Said said = YamlSyntax.describe(e.getContext() + " " + e.getProblem());
            problems.report(file, line == 0 ? 0 : line + lineOffset, said.key(), said.argumentArray());
            return Optional.empty();
        } catch (YamlEngineException | IndexOutOfBoundsException | IllegalArgumentException e) {
            YamlSyntax.Said said = YamlSyntax.describe(e.getMessage());
            problems.report(file, 0, said.key(), said.argumentArray());
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.report(file, lineOffset + 1, YamlProblems.YAML_NOT_MAPPING);
            return Optional.empty();
        }
        return Optional.of(new YamlMap(file, lineOffset, mapping, problems));
    }

    public String file() {
        return file;
    }

    /** The line this mapping starts on (1-based). */
    public int line() {
        return lineOf(node);
    }

    public int line(String key) {
        NodeTuple entry = entries.get(key);
        return entry == null ? line() : lineOf(entry.getValueNode());
    }

    /** The keys as written, in order. */
    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** No value: the key is missing, or nothing follows its colon ({@code answer:}). */
    public boolean lacks(String key) {
        NodeTuple entry = entries.get(key);
        return entry == null
                || entry.getValueNode() instanceof ScalarNode scalar
                        && scalar.getValue().isBlank();
    }

    /** Reports every key not in {@code known}: a typo like "corect" must not pass silently. */
    public YamlMap allowOnly(Collection<String> known) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                problems.report(
                        file,
                        lineOf(entry.getValue().getKeyNode()),
                        YamlProblems.YAML_UNKNOWN_KEY,
                        entry.getKey(),
                        String.join(", ", known));
            }
        }
        return this;
    }

    public void report(String key, String messageKey, Object... arguments) {
        problems.report(file, line(key), messageKey, arguments);
    }

    public void reportHere(String messageKey, Object... arguments) {
        problems.report(file, line(), messageKey, arguments);
    }

    public Problems problems() {
        return problems;
    }

    public Optional<String> string(String key) {
        NodeTuple entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.getValueNode() instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        problems.report(file, lineOf(entry.getValueNode()), YamlProblems.YAML_NOT_TEXT, key);
        return Optional.empty();
    }

    public Optional<String> requiredString(String key) {
        Optional<String> value = string(key);
        if (value.isEmpty() && !wrongShape(key)) {
            problems.report(file, line(key), YamlProblems.YAML_MISSING, key);
        }
        return value;
    }

    /** A required id: lower-case letters, digits and dashes. */
    public Optional<String> id(String key) {
        Optional<String> id = requiredString(key);
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            problems.report(file, line(key), YamlProblems.YAML_BAD_ID, id.get());
            return Optional.empty();
        }
        return id;
    }

    public Optional<Integer> integer(String key, int min, int max) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.report(file, line(key), YamlProblems.YAML_BAD_NUMBER, key, min, max);
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (text.get().toLowerCase()) {
            case "true", "ya", "benar" -> Optional.of(true);
            case "false", "tidak", "salah" -> Optional.of(false);
            default -> {
                problems.report(file, line(key), YamlProblems.YAML_BAD_BOOLEAN, key, text.get());
                yield Optional.empty();
            }
        };
    }

    /** One of the given words. */
    public Optional<String> choice(String key, Collection<String> allowed) {
        Optional<String> value = string(key);
        if (value.isPresent() && !allowed.contains(value.get())) {
            problems.report(
                    file, line(key), YamlProblems.YAML_BAD_CHOICE, key, value.get(), String.join(", ", allowed));
            return Optional.empty();
        }
        return value;
    }

    /**
     * A text in Bahasa Indonesia, either written directly or as {@code id:} / {@code en:} under
     * the key.
     */
    public Optional<LocalizedText> text(String key) {
        NodeTuple entry = entries.get(key);
        return entry == null ? Optional.empty() : localized(key, entry.getValueNode());
    }

    public Optional<LocalizedText> requiredText(String key) {
        Optional<LocalizedText> text = text(key);
        if (text.isEmpty() && !has(key)) {
            problems.report(file, line(key), YamlProblems.YAML_MISSING, key);
        }
        return text;
    }

    public Optional<YamlMap> map(String key) {
        NodeTuple entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.getValueNode() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, lineOffset, mapping, problems));
        }
        problems.report(file, lineOf(entry.getValueNode()), YamlProblems.YAML_NOT_MAPPING_KEY, key);
        return Optional.empty();
    }

    /** The keys of a nested mapping, each with its own mapping (e.g. segments by id). */
    public Map<String, YamlMap> mapsByKey(String key) {
        Map<String, YamlMap> result = new LinkedHashMap<>();
        map(key).ifPresent(outer -> outer.entries.forEach((name, entry) -> {
            if (entry.getValueNode() instanceof MappingNode mapping) {
                result.put(name, new YamlMap(file, lineOffset, mapping, problems));
            } else {
                problems.report(file, lineOf(entry.getValueNode()), YamlProblems.YAML_NOT_MAPPING_KEY, name);
            }
        }));
        return result;
    }

    /** A list whose items are mappings (e.g. choices, questions). */
    public List<YamlMap> maps(String key) {
        List<YamlMap> result = new ArrayList<>();
        for (Node item : items(key)) {
            if (item instanceof MappingNode mapping) {
                result.add(new YamlMap(file, lineOffset, mapping, problems));
            } else {
                problems.report(file, lineOf(item), YamlProblems.YAML_ITEM_NOT_MAPPING, key);
            }
        }
        return result;
    }

    /** A list of plain texts, also accepting a single text. */
    public List<String> strings(String key) {
        NodeTuple entry = entries.get(key);
        if (entry != null && entry.getValueNode() instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            return value.isEmpty() ? List.of() : List.of(value);
        }
        List<String> result = new ArrayList<>();
        for (Node item : items(key)) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            } else {
                problems.report(file, lineOf(item), YamlProblems.YAML_ITEM_NOT_TEXT, key);
            }
        }
        return result;
    }

    /** A list of texts, each in Bahasa Indonesia or as id:/en: mappings. */
    public List<LocalizedText> texts(String key) {
        List<LocalizedText> result = new ArrayList<>();
        for (Node item : items(key)) {
            localized(key, item).ifPresent(result::add);
        }
        return result;
    }

    private Optional<LocalizedText> localized(String key, Node value) {
        if (value instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            if (text.isEmpty()) {
                problems.report(file, lineOf(value), YamlProblems.YAML_MISSING, key);
                return Optional.empty();
            }
            return Optional.of(LocalizedText.indonesian(text));
        }
        if (value instanceof MappingNode mapping) {
            YamlMap languages = new YamlMap(file, lineOffset, mapping, problems);
            Map<String, String> texts = new LinkedHashMap<>();
            for (String language : languages.entries.keySet()) {
                if (LANGUAGES.contains(language)) {
                    languages.string(language).ifPresent(text -> texts.put(language, text));
                } else {
                    problems.report(file, languages.line(language), YamlProblems.YAML_UNKNOWN_LANGUAGE, language, key);
                }
            }
            if (!texts.containsKey(LocalizedText.INDONESIAN)) {
                problems.report(file, lineOf(value), YamlProblems.YAML_INDONESIAN_REQUIRED, key);
                return Optional.empty();
            }
            return Optional.of(new LocalizedText(texts));
        }
        problems.report(file, lineOf(value), YamlProblems.YAML_NOT_TEXT, key);
        return Optional.empty();
    }

    private List<Node> items(String key) {
        NodeTuple entry = entries.get(key);
        if (entry == null) {
            return List.of();
        }
        if (entry.getValueNode() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.report(file, lineOf(entry.getValueNode()), YamlProblems.YAML_NOT_LIST, key);
        return List.of();
    }

    private boolean wrongShape(String key) {
        NodeTuple entry = entries.get(key);
        return entry != null && !(entry.getValueNode() instanceof ScalarNode);
    }

    private int lineOf(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1 + lineOffset).orElse(lineOffset + 1);
    }

    /** Checks that ids within one scope (a course, a quiz, a question) are used once. */
    public static final class UniqueIds {
        private final Set<String> seen = new HashSet<>();

        public void check(YamlMap where, String key, String id) {
            if (!seen.add(id)) {
                where.report(key, YamlProblems.YAML_DUPLICATE_ID, id);
            }
        }
    }
}
