package id.saring.classroom.control;

import id.saring.classroom.ClassroomMessages;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list of students' names, one per line (a spreadsheet saved as CSV works: the first column is
 * the name, a header line "nama"/"name" is skipped). Every bad line is reported with its number;
 * a roster with any bad line is not imported at all.
 */
public final class Roster {

    public static final int MAX_STUDENTS = 60;
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .'-]{1,99}");
    private static final Set<String> HEADERS = Set.of("nama", "name", "nama siswa", "nama lengkap");

    private Roster() {}

    /** A name to import, or the problem with its line. */
    public record Line(int number, String name, String problemKey) implements Serializable {
        public boolean isBad() {
            return problemKey != null;
        }
    }

    public static List<Line> read(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = (text == null ? "" : text.replace("\uFEFF", "")).split("\\r?\\n");
        for (int i = 0; i < raw.length; i++) {
            String name = firstColumn(raw[i]).strip().replaceAll("\\s+", " ");
            if (name.isEmpty() || (i == 0 && HEADERS.contains(name.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            lines.add(new Line(i + 1, name, NAME.matcher(name).matches() ? null : ClassroomMessages.ROSTER_BAD_NAME));
        }
        return lines;
    }

    /** "Siti Nur Aisyah" → "siti.a": first name, a dot, the last name's initial; letters a-z only. */
    public static String usernameBase(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z ]", "")
                .strip();
        String[] parts = plain.split(" +");
        String first = parts[0].isEmpty() ? "siswa" : parts[0];
        first = first.length() > 20 ? first.substring(0, 20) : first;
        String base = parts.length > 1 ? first + "." + parts[parts.length - 1].charAt(0) : first;
        return base.length() >= 3 ? base : base + "-sis";
    }

    private static String firstColumn(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("\"")) {
            int end = trimmed.indexOf('"', 1);
            return end > 0 ? trimmed.substring(1, end) : trimmed.substring(1);
        }
        int separator = trimmed.indexOf(trimmed.contains(";") ? ';' : ',');
        return separator >= 0 ? trimmed.substring(0, separator) : trimmed;
    }
}
