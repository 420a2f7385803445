package id.saring.catalog.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * A quiz file's text with its questions one by one, for editors that change one question: a
 * question is read as plain maps, lists and strings (every value as written, {@code 07.15} stays
 * {@code 07.15}), and written back in place of its own lines, so the rest of the file stays as it
 * was to the byte. Only comments inside the rewritten question are lost.
 */
public final class QuizSource {

    private static final String QUESTIONS = "questions";

    private final String text;
    private final List<String> lines;
    private final List<Item> items;
    private final Optional<Integer> questionsLine;

    /** Where a question's lines are: from its dash line to its last line, 0-based, inclusive. */
    private record Item(int first, int last, String indent) {}

    private QuizSource(String text, List<String> lines, List<Item> items, Optional<Integer> questionsLine) {
        this.text = text;
        this.lines = lines;
        this.items = items;
        this.questionsLine = questionsLine;
    }

    /** Reads the quiz file; empty when it is no YAML mapping or its questions are no block list. */
    public static Optional<QuizSource> parse(String text) {
        String normalized = text.replace("\r\n", "\n");
        List<String> lines = List.of(normalized.split("\n", -1));
        Node root;
        try {
            root = compose(normalized);
        } catch (YamlEngineException | IndexOutOfBoundsException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        for (NodeTuple entry : mapping.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals(QUESTIONS)) {
                int keyLine = line(entry.getKeyNode());
                return switch (entry.getValueNode()) {
                    case SequenceNode list
                    when list.getFlowStyle() == FlowStyle.BLOCK ->
                        Optional.of(new QuizSource(normalized, lines, items(list, lines), Optional.of(keyLine)));
                    case SequenceNode list
                    when list.getValue().isEmpty() ->
                        Optional.of(new QuizSource(normalized, lines, List.of(), Optional.of(keyLine)));
                    case ScalarNode empty
                    when empty.getValue().isBlank() ->
                        Optional.of(new QuizSource(normalized, lines, List.of(), Optional.of(keyLine)));
                    default -> Optional.empty();
                };
            }
        }
        return Optional.of(new QuizSource(normalized, lines, List.of(), Optional.empty()));
    }

    private static Node compose(String text) {
        // The same buffer rule as YamlMap: a surrogate pair must never straddle the read buffer.
        LoadSettings settings =
                LoadSettings.builder().setBufferSize(text.length() + 1).build();
        return new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)))
                .getSingleNode()
                .orElse(null);
    }

    private static List<Item> items(SequenceNode list, List<String> lines) {
        List<Item> items = new ArrayList<>();
        List<Node> nodes = list.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            int first = dashLine(lines, line(nodes.get(i)));
            String indent = indentOf(lines.get(first));
            int limit = i + 1 < nodes.size() ? dashLine(lines, line(nodes.get(i + 1))) - 1 : lines.size() - 1;
            int last = first;
            for (int l = first + 1; l <= limit; l++) {
                String line = lines.get(l);
                if (!line.isBlank() && indentOf(line).length() > indent.length()) {
                    last = l;
                } else if (!line.isBlank()) {
                    break;
                }
            }
            items.add(new Item(first, last, indent));
        }
        return items;
    }

    /** The line of an item's dash: its node starts at its first key, on the dash's line or below it. */
    private static int dashLine(List<String> lines, int nodeLine) {
        for (int l = nodeLine; l >= 0; l--) {
            if (lines.get(l).stripLeading().startsWith("-")) {
                return l;
            }
        }
        return nodeLine;
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine()).orElse(0);
    }

    private static String indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.substring(0, i);
    }

    public int size() {
        return items.size();
    }

    /** The questions as written, each as maps, lists and strings in the file's order. */
    public List<Map<String, Object>> questions() {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new FailsafeSchema())
                .setBufferSize(text.length() + 1)
                .build();
        Object root = new Load(settings).loadFromString(text);
        List<Map<String, Object>> questions = new ArrayList<>();
        if (root instanceof Map<?, ?> quiz && quiz.get(QUESTIONS) instanceof List<?> list) {
            for (Object item : list) {
                questions.add(item instanceof Map<?, ?> map ? copy(map) : new LinkedHashMap<>());
            }
        }
        return questions;
    }

    /** The quiz's own id, as written. */
    public Optional<String> quizId() {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new FailsafeSchema())
                .setBufferSize(text.length() + 1)
                .build();
        return new Load(settings).loadFromString(text) instanceof Map<?, ?> quiz && quiz.get("id") instanceof String id
                ? Optional.of(id)
                : Optional.empty();
    }

    /** The index of the first question with this id. */
    public Optional<Integer> indexOf(String id) {
        List<Map<String, Object>> questions = questions();
        for (int i = 0; i < questions.size(); i++) {
            if (id.equals(questions.get(i).get("id"))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The file with the question at {@code index} written anew; every other line as it was. */
    public String replace(int index, Map<String, Object> question) {
        Item item = items.get(index);
        List<String> changed = new ArrayList<>(lines.subList(0, item.first()));
        changed.addAll(block(question, item.indent()));
        changed.addAll(lines.subList(item.last() + 1, lines.size()));
        return String.join("\n", changed);
    }

    /** The file with the question added after the last one (and a {@code questions:} list if none). */
    public String append(Map<String, Object> question) {
        List<String> changed = new ArrayList<>(lines);
        if (!items.isEmpty()) {
            Item last = items.getLast();
            changed.addAll(last.last() + 1, block(question, last.indent()));
        } else if (questionsLine.isPresent()) {
            int at = questionsLine.get();
            changed.set(at, indentOf(lines.get(at)) + QUESTIONS + ":");
            changed.addAll(at + 1, block(question, indentOf(lines.get(at)) + "  "));
        } else {
            while (!changed.isEmpty() && changed.getLast().isBlank()) {
                changed.removeLast();
            }
            changed.add(QUESTIONS + ":");
            changed.addAll(block(question, "  "));
            changed.add("");
        }
        return String.join("\n", changed);
    }

    /** The first line (1-based) of the question at {@code index}, and its last. */
    public int firstLine(int index) {
        return items.get(index).first() + 1;
    }

    public int lastLine(int index) {
        return items.get(index).last() + 1;
    }

    /**
     * Where each key of the question at {@code index} is written: a path such as {@code post.body},
     * {@code segments.desakan.explanation} or {@code choices.1.text}, by its line (1-based).
     */
    public TreeMap<Integer, String> paths(int index) {
        TreeMap<Integer, String> paths = new TreeMap<>();
        Node root = compose(text);
        if (root instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode key
                        && key.getValue().equals(QUESTIONS)
                        && entry.getValueNode() instanceof SequenceNode list
                        && index < list.getValue().size()) {
                    walk(list.getValue().get(index), "", paths);
                }
            }
        }
        return paths;
    }

    private static void walk(Node node, String path, TreeMap<Integer, String> paths) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
                String child = path.isEmpty() ? key : path + "." + key;
                paths.putIfAbsent(line(entry.getKeyNode()) + 1, child);
                walk(entry.getValueNode(), child, paths);
            }
        } else if (node instanceof SequenceNode list) {
            for (int i = 0; i < list.getValue().size(); i++) {
                String child = path + "." + i;
                paths.putIfAbsent(line(list.getValue().get(i)) + 1, child);
                walk(list.getValue().get(i), child, paths);
            }
        }
    }

    /** One question as an item of a block list: a dash, then its keys, indented under it. */
    static List<String> block(Map<String, Object> question, String indent) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setSplitLines(false)
                .setSchema(new FailsafeSchema())
                .build();
        String yaml = new Dump(settings).dumpToString(question);
        List<String> block = new ArrayList<>();
        for (String line : yaml.stripTrailing().split("\n", -1)) {
            block.add(block.isEmpty() ? indent + "- " + line : line.isEmpty() ? "" : indent + "  " + line);
        }
        return block;
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }
}
