package id.saring.catalog.reading;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed from one version of a course to another, file by file: files added and removed,
 * and for a changed text file its changed lines with two lines around them, as authors know it
 * from git. Pictures are only said to have changed, with their sizes.
 */
public final class CourseChanges {

    private static final int CONTEXT = 2;
    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@");

    /** How a file changed. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * One line shown: {@code mark} is {@code -} (removed), {@code +} (added), a space (unchanged,
     * around the change) or {@code @} (the start of a part further down the file).
     */
    public record Line(String mark, int oldNumber, int newNumber, String text) {}

    /** One file that differs, with its sizes in bytes (0 where it does not exist). */
    public record FileChange(String path, Kind kind, boolean text, int oldBytes, int newBytes, List<Line> lines) {}

    private CourseChanges() {}

    public static List<FileChange> between(CourseFiles older, CourseFiles newer) {
        TreeSet<String> paths = new TreeSet<>(older.paths());
        paths.addAll(newer.paths());
        List<FileChange> changes = new ArrayList<>();
        for (String path : paths) {
            byte[] before = older.has(path) ? older.bytes(path) : new byte[0];
            byte[] after = newer.has(path) ? newer.bytes(path) : new byte[0];
            if (older.has(path) && newer.has(path) && Arrays.equals(before, after)) {
                continue;
            }
            Kind kind = !older.has(path) ? Kind.ADDED : !newer.has(path) ? Kind.REMOVED : Kind.CHANGED;
            boolean text = isText(path);
            List<Line> lines = text ? lines(path, before, after) : List.of();
            changes.add(new FileChange(path, kind, text, before.length, after.length, lines));
        }
        return changes;
    }

    private static List<Line> lines(String path, byte[] before, byte[] after) {
        List<String> oldLines = split(before);
        List<String> newLines = split(after);
        List<String> unified =
                UnifiedDiffUtils.generateUnifiedDiff(path, path, oldLines, DiffUtils.diff(oldLines, newLines), CONTEXT);
        List<Line> lines = new ArrayList<>();
        int oldNumber = 0;
        int newNumber = 0;
        for (String line : unified.subList(Math.min(2, unified.size()), unified.size())) {
            Matcher hunk = HUNK.matcher(line);
            if (hunk.lookingAt()) {
                oldNumber = Integer.parseInt(hunk.group(1));
                newNumber = Integer.parseInt(hunk.group(2));
                lines.add(new Line("@", oldNumber, newNumber, ""));
            } else if (line.startsWith("-")) {
                lines.add(new Line("-", oldNumber++, 0, line.substring(1)));
            } else if (line.startsWith("+")) {
                lines.add(new Line("+", 0, newNumber++, line.substring(1)));
            } else {
                lines.add(new Line(" ", oldNumber++, newNumber++, line.isEmpty() ? "" : line.substring(1)));
            }
        }
        return lines;
    }

    private static List<String> split(byte[] content) {
        return content.length == 0
                ? List.of()
                : List.of(new String(content, StandardCharsets.UTF_8).split("\r?\n", -1));
    }

    private static boolean isText(String path) {
        return path.endsWith(".md") || path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".txt");
    }
}
