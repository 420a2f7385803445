package id.saring.view.admin;

import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.yaml.Problem;
import id.saring.publishing.control.NewCourse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft's files as the editor lists them: the course's own files, then each module folder with
 * its module file, lessons, quiz and pictures, each with the number of problems the last check
 * found in it.
 */
public final class DraftTree {

    /**
     * A new lesson: the shape of the front matter to fill in, and nothing that could be published
     * as it is (no objectives, no text, an id every new lesson shares until it is changed).
     */
    static final String NEW_LESSON = NewCourse.NEW_LESSON;

    private static final Pattern LESSON = Pattern.compile("(\\d{1,3})-[^/]*\\.md");
    private static final Pattern TRANSLATION = Pattern.compile(".*\\.[a-z]{2}\\.md");
    private static final Set<String> TEXT = Set.of("md", "yaml", "yml");

    private final List<String> paths;
    private final List<Problem> problems;

    /** One file in the list. */
    public record Entry(String path, String name, boolean text, long problems) {}

    /** A folder and its files; the course's own files come under the empty folder. */
    public record Folder(String name, boolean module, List<Entry> files) {}

    public DraftTree(List<String> paths, List<Problem> problems) {
        this.paths = List.copyOf(paths);
        this.problems = List.copyOf(problems);
    }

    /** Whether the editor writes this file as text (lessons and YAML; pictures are not text). */
    public static boolean isText(String path) {
        int dot = path.lastIndexOf('.');
        return dot > 0 && TEXT.contains(path.substring(dot + 1));
    }

    public List<Folder> getFolders() {
        Map<String, List<Entry>> byFolder = new LinkedHashMap<>();
        byFolder.put("", new ArrayList<>());
        paths.stream().sorted(Comparator.comparing(DraftTree::order)).forEach(path -> {
            int slash = path.indexOf('/');
            String folder = slash < 0 ? "" : path.substring(0, slash);
            String name = slash < 0 ? path : path.substring(slash + 1);
            byFolder.computeIfAbsent(folder, f -> new ArrayList<>())
                    .add(new Entry(path, name, isText(path), count(path)));
        });
        return byFolder.entrySet().stream()
                .map(e -> new Folder(e.getKey(), has(e.getKey() + "/" + CourseReader.MODULE_FILE), e.getValue()))
                .toList();
    }

    public boolean has(String path) {
        return paths.contains(path);
    }

    /** The first lesson of the first module, where the editor opens. */
    public Optional<String> firstLesson() {
        return paths.stream()
                .filter(p -> p.indexOf('/') > 0 && isLesson(p.substring(p.indexOf('/') + 1)))
                .sorted()
                .findFirst();
    }

    /** Where a new lesson goes at the end of a module folder: one number after its last lesson. */
    public Optional<String> newLessonPath(String folder) {
        if (!has(folder + "/" + CourseReader.MODULE_FILE)) {
            return Optional.empty();
        }
        int last = paths.stream()
                .filter(p -> p.startsWith(folder + "/"))
                .map(p -> LESSON.matcher(p.substring(folder.length() + 1)))
                .filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1)))
                .max()
                .orElse(0);
        String path = "%s/%02d-pelajaran-baru.md".formatted(folder, last + 1);
        return has(path) ? Optional.empty() : Optional.of(path);
    }

    private long count(String path) {
        return problems.stream().filter(p -> p.file().equals(path)).count();
    }

    private static boolean isLesson(String name) {
        return LESSON.matcher(name).matches() && !TRANSLATION.matcher(name).matches();
    }

    /** Course files first, then each folder's module file, lessons, quiz, and the rest. */
    private static String order(String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            return "0" + path;
        }
        String name = path.substring(slash + 1);
        String rank = name.equals(CourseReader.MODULE_FILE)
                ? "0"
                : LESSON.matcher(name).matches() ? "1" : name.equals(CourseReader.QUIZ_FILE) ? "2" : "3";
        return "1" + path.substring(0, slash) + "/" + rank + name;
    }
}
