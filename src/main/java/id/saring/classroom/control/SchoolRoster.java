package id.saring.classroom.control;

import id.saring.classroom.ClassroomMessages;
import id.saring.identity.control.SchoolAddress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * A whole school's students from a Dapodik "peserta didik" export (.xlsx) or a plain CSV: one row
 * per student, with their name, the school's own student number (NIPD) and their class
 * (rombongan belajar), and an e-mail address when the file has a column for it. Dapodik puts a few
 * title rows above the header; the header row is found by its column names. Only those columns are
 * ever read from a row: NIK, NISN, birth date, parents, address and the rest are passed over, so
 * they cannot end up anywhere. The address is only read here; whether it is kept is decided by the
 * import (only a school account address a connected provider vouches for is).
 *
 * <p>Every bad row is reported with the number the spreadsheet shows for it; a roster with any
 * problem is not imported at all.
 */
public final class SchoolRoster {

    /** Largest file accepted: a Dapodik export of a large school is a few hundred KB. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    /** More students than any school has; the rest of a file beyond this is not read. */
    public static final int MAX_STUDENTS = 5_000;

    /**
     * The most an .xlsx may hold unpacked, all its parts together: a real export packs about ten to
     * one, a zip bomb a thousand to one and more. Reading stops at this many bytes.
     */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

    static final int MAX_ZIP_ENTRIES = 1_000;

    /** Where the header must be: Dapodik's export has it in its first ten rows. */
    private static final int HEADER_SEARCH_ROWS = 30;

    private static final Set<String> NAME_HEADERS = Set.of("nama", "nama siswa", "nama lengkap", "nama peserta didik");
    private static final Set<String> NUMBER_HEADERS = Set.of("nipd", "nis", "nomor induk", "no induk");
    private static final Set<String> CLASS_HEADERS =
            Set.of("rombel saat ini", "rombel", "rombongan belajar", "kelas", "nama rombel");
    private static final Set<String> ADDRESS_HEADERS = Set.of(
            "e-mail", "email", "alamat email", "alamat e-mail", "email sekolah", "e-mail sekolah", "akun belajarid");

    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .'-]{1,99}");
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]{0,29}");
    private static final Pattern CLASS_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .()/-]{0,79}");

    /**
     * The grade a class's name starts with: "7A", "Kelas 8 B", "VII-A", "X IPA 1", "XII MIPA 2"; a
     * Roman numeral followed by two letters is a word ("IPS 1"), not a grade.
     */
    private static final Pattern GRADE = Pattern.compile(
            "(?:kelas\\s*)?(1[0-2]|[1-9]|XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?![0-9])(?!\\p{L}{2})",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> ROMAN =
            List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

    private SchoolRoster() {}

    /**
     * One student to import: the row it came from, their name, the school's number, the class, and
     * the e-mail address of the row in the form Saring compares ({@link SchoolAddress}), null when
     * the row has none or not a plain address.
     */
    public record Student(int row, String name, String number, String className, String grade, String address)
            implements Serializable {}

    /**
     * What is wrong with one row (row 0: the file as a whole), with the value that is wrong when it
     * helps to show it (a name, a number, a class; never a column Saring does not keep).
     */
    public record Problem(int row, String key, String value) implements Serializable {}

    /** The students of the file, or what is wrong with it (then no student). */
    public record Read(List<Student> students, List<Problem> problems) implements Serializable {
        public boolean isGood() {
            return problems.isEmpty() && !students.isEmpty();
        }
    }

    /** Reads an .xlsx (recognised by its zip signature) or else a CSV in UTF-8. */
    public static Read read(byte[] file) {
        if (file == null || file.length == 0) {
            return refused(ClassroomMessages.SCHOOL_ROSTER_EMPTY);
        }
        if (file.length > MAX_FILE_BYTES) {
            return refused(ClassroomMessages.SCHOOL_ROSTER_TOO_LARGE);
        }
        byte[] start = java.util.Arrays.copyOf(file, Math.min(file.length, 8));
        if (ReadableWorkbook.isOLE2Header(start)) {
            return refused(ClassroomMessages.SCHOOL_ROSTER_OLD_EXCEL);
        }
        if (ReadableWorkbook.isOOXMLZipHeader(start)) {
            return readXlsx(file);
        }
        return readCsv(new String(file, StandardCharsets.UTF_8));
    }

    private static Read refused(String key) {
        return new Read(List.of(), List.of(new Problem(0, key, "")));
    }

    /** A row as the cells of the columns Saring reads, nothing else. */
    private record Cells(int row, String name, String number, String className, String address) {
        boolean isBlank() {
            return name.isEmpty() && number.isEmpty() && className.isEmpty();
        }
    }

    /** The positions of the columns, found in the header row; -1 for an address column the file lacks. */
    private record Columns(int name, int number, int className, int address) {}

    private static Read readXlsx(byte[] file) {
        if (!withinZipLimits(file)) {
            return refused(ClassroomMessages.SCHOOL_ROSTER_TOO_LARGE);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Columns columns = null;
            List<Cells> found = new ArrayList<>();
            for (Row row : (Iterable<Row>) rows::iterator) {
                if (columns == null) {
                    if (row.getRowNum() > HEADER_SEARCH_ROWS) {
                        break;
                    }
                    List<String> texts = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        texts.add(text(row, i));
                    }
                    columns = header(texts).orElse(null);
                    continue;
                }
                if (found.size() > MAX_STUDENTS) {
                    break;
                }
                Cells cells = new Cells(
                        row.getRowNum(),
                        text(row, columns.name()),
                        text(row, columns.number()),
                        text(row, columns.className()),
                        text(row, columns.address()));
                if (!cells.isBlank()) {
                    found.add(cells);
                }
            }
            return columns == null ? refused(ClassroomMessages.SCHOOL_ROSTER_NO_HEADER) : check(found);
        } catch (IOException | RuntimeException unreadable) {
            // Not a spreadsheet after all, or a damaged one: said, not thrown at the page.
            return refused(ClassroomMessages.SCHOOL_ROSTER_UNREADABLE);
        }
    }

    private static String text(Row row, int column) {
        if (column < 0 || column >= row.getCellCount() || row.getCell(column) == null) {
            return "";
        }
        String text = row.getCell(column).getText();
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /**
     * Whether the .xlsx unpacks within the limits, counted by unpacking it (not by what its
     * directory claims): a handful of parts, at most {@link #MAX_UNPACKED_BYTES} all together.
     */
    static boolean withinZipLimits(byte[] file) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return false;
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        return false;
                    }
                }
            }
            return entries > 0;
        } catch (IOException | RuntimeException damaged) {
            return false;
        }
    }

    private static Read readCsv(String text) {
        String[] lines = text.replace("\uFEFF", "").split("\\r?\\n|\\r");
        Columns columns = null;
        List<Cells> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            List<String> fields = csvFields(lines[i]);
            if (columns == null) {
                if (i >= HEADER_SEARCH_ROWS) {
                    break;
                }
                columns = header(fields).orElse(null);
                continue;
            }
            if (found.size() > MAX_STUDENTS) {
                break;
            }
            Cells cells = new Cells(
                    i + 1,
                    field(fields, columns.name()),
                    field(fields, columns.number()),
                    field(fields, columns.className()),
                    field(fields, columns.address()));
            if (!cells.isBlank()) {
                found.add(cells);
            }
        }
        return columns == null ? refused(ClassroomMessages.SCHOOL_ROSTER_NO_HEADER) : check(found);
    }

    private static String field(List<String> fields, int column) {
        return column >= 0 && column < fields.size()
                ? fields.get(column).strip().replaceAll("\\s+", " ")
                : "";
    }

    /** One CSV line's fields: separated by ";" (Excel in Indonesian) or ",", quotes as Excel writes them. */
    static List<String> csvFields(String line) {
        char separator = line.indexOf(';') >= 0 ? ';' : ',';
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** The header row names the three columns (the first of each, as Dapodik's parents' columns are named "Nama" too). */
    private static Optional<Columns> header(List<String> cells) {
        int name = -1;
        int number = -1;
        int className = -1;
        int address = -1;
        for (int i = 0; i < cells.size(); i++) {
            String heading = cells.get(i)
                    .toLowerCase(Locale.ROOT)
                    .replace(".", "")
                    .replaceAll("\\s+", " ")
                    .strip();
            if (name < 0 && NAME_HEADERS.contains(heading)) {
                name = i;
            } else if (number < 0 && NUMBER_HEADERS.contains(heading)) {
                number = i;
            } else if (className < 0 && CLASS_HEADERS.contains(heading)) {
                className = i;
            } else if (address < 0 && ADDRESS_HEADERS.contains(heading)) {
                address = i;
            }
        }
        return name >= 0 && number >= 0 && className >= 0
                ? Optional.of(new Columns(name, number, className, address))
                : Optional.empty();
    }

    private static Read check(List<Cells> rows) {
        if (rows.isEmpty()) {
            return refused(ClassroomMessages.SCHOOL_ROSTER_EMPTY);
        }
        if (rows.size() > MAX_STUDENTS) {
            return refused(ClassroomMessages.SCHOOL_ROSTER_TOO_MANY);
        }
        List<Student> students = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Cells cells : rows) {
            int before = problems.size();
            if (!NAME.matcher(cells.name()).matches()) {
                problems.add(new Problem(cells.row(), ClassroomMessages.SCHOOL_ROSTER_BAD_NAME, cells.name()));
            }
            String number = cells.number().toUpperCase(Locale.ROOT);
            if (!NUMBER.matcher(number).matches()) {
                problems.add(new Problem(cells.row(), ClassroomMessages.SCHOOL_ROSTER_BAD_NUMBER, cells.number()));
            } else {
                Integer first = numbers.putIfAbsent(number, cells.row());
                if (first != null) {
                    problems.add(new Problem(
                            cells.row(), ClassroomMessages.SCHOOL_ROSTER_NUMBER_TWICE, number + " (" + first + ")"));
                }
            }
            Optional<String> grade = grade(cells.className());
            if (!CLASS_NAME.matcher(cells.className()).matches()) {
                problems.add(new Problem(cells.row(), ClassroomMessages.SCHOOL_ROSTER_BAD_CLASS, cells.className()));
            } else if (grade.isEmpty()) {
                problems.add(new Problem(cells.row(), ClassroomMessages.SCHOOL_ROSTER_NO_GRADE, cells.className()));
            }
            if (problems.size() == before) {
                students.add(new Student(
                        cells.row(),
                        cells.name(),
                        number,
                        cells.className(),
                        grade.orElseThrow(),
                        SchoolAddress.normalize(cells.address()).orElse(null)));
            }
        }
        return problems.isEmpty() ? new Read(List.copyOf(students), List.of()) : new Read(List.of(), problems);
    }

    /** The grade (1 to 12) a class's name starts with, in digits or Roman numerals. */
    public static Optional<String> grade(String className) {
        Matcher grade = GRADE.matcher(className == null ? "" : className.strip());
        if (!grade.lookingAt()) {
            return Optional.empty();
        }
        String found = grade.group(1).toUpperCase(Locale.ROOT);
        int roman = ROMAN.indexOf(found);
        return Optional.of(roman >= 0 ? String.valueOf(roman + 1) : found);
    }
}
