package id.saring.classroom.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Grades and progress as a file a teacher opens in a spreadsheet: CSV for anything, XLSX for Excel.
 *
 * <p>Cells are {@link Number}s (written as numbers), {@code null} (empty), {@code java.time} values
 * (ISO text in CSV; in XLSX a {@link LocalDate} or {@link LocalDateTime} becomes a real date, other
 * types such as {@code Instant} stay ISO text because Excel has no time zones: convert them to the
 * school's local time first), and anything else as its text. Text is never a formula: CSV text that
 * a spreadsheet would run as one is neutralised, XLSX stores it as a plain string.
 */
public final class TableExport {

    public static final String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A spreadsheet opening such text runs it as a formula (OWASP "CSV injection"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** Excel shows 15 significant digits; more only surfaces binary noise such as 0.30000000000000004. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private static final int MAX_SHEET_NAME = 31;
    private static final int MAX_CELL_TEXT = 32_767;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private TableExport() {}

    /** One sheet: a header row and rows of the same width. */
    public record Table(String sheetName, List<String> headers, List<List<Object>> rows) {

        public Table {
            Objects.requireNonNull(sheetName, "A table needs a sheet name.");
            headers = List.copyOf(Objects.requireNonNull(headers, "A table needs headers."));
            if (headers.isEmpty()) {
                throw new IllegalArgumentException("A table needs at least one column.");
            }
            List<List<Object>> copied = new ArrayList<>();
            for (List<Object> row : Objects.requireNonNull(rows, "A table needs rows, even none.")) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("Row " + (copied.size() + 1) + " has " + row.size()
                            + " cells for " + headers.size() + " headers.");
                }
                copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
            }
            rows = Collections.unmodifiableList(copied);
        }
    }

    /**
     * RFC 4180 with a comma, CRLF and a UTF-8 byte order mark (without it, Excel on Windows reads the
     * file as ANSI and mangles names like "Désy"). Excel set to Indonesian regional settings expects
     * semicolons, so point those teachers to {@link #xlsx(Table)}.
     */
    public static byte[] csv(Table table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        appendRecord(csv, table.headers());
        table.rows().forEach(row -> appendRecord(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A one-sheet workbook with a bold, frozen header row and columns sized to their contents. */
    public static byte[] xlsx(Table table) {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(xlsx, "Saring", null);
            Worksheet sheet = workbook.newWorksheet(sheetName(table.sheetName()));
            List<String> headers = table.headers();
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, cellText(headers.get(c)));
            }
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    writeCell(sheet, r + 1, c, row.get(c));
                }
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.width(c, width(table, c));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return xlsx.toByteArray();
    }

    /**
     * Excel refuses the whole file over a bad sheet name: at most 31 characters, none of {@code
     * []:*?/\}, no apostrophe at either end, not empty, and not "History" (reserved).
     */
    static String sheetName(String wanted) {
        String name = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-")
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.length() > MAX_SHEET_NAME) {
            int end = MAX_SHEET_NAME - (Character.isHighSurrogate(name.charAt(MAX_SHEET_NAME - 1)) ? 1 : 0);
            name = name.substring(0, end).strip();
        }
        name = name.replaceAll("^'+|'+$", "").strip();
        if (name.isEmpty()) {
            return "Sheet1";
        }
        return name.equalsIgnoreCase("History") ? name + "-" : name;
    }

    private static void appendRecord(StringBuilder csv, List<?> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                csv.append(',');
            }
            Object value = cells.get(c);
            String field = value instanceof Number number ? plain(number) : neutralised(text(value));
            if (field.contains(",") || field.contains("\"") || field.contains("\r") || field.contains("\n")) {
                csv.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(field);
            }
        }
        csv.append("\r\n");
    }

    private static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void writeCell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            sheet.value(r, c, ((Number) value).longValue());
        } else if (value instanceof Number number) {
            String plain = plain(number);
            if (!plain.isEmpty()) {
                sheet.value(r, c, Double.parseDouble(plain));
            }
        } else if (value instanceof Boolean bool) {
            sheet.value(r, c, bool);
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else if (value instanceof LocalDateTime dateTime) {
            sheet.value(r, c, dateTime);
            sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
        } else {
            // value(String) stores a shared string: whatever the text says, Excel never evaluates it.
            sheet.value(r, c, cellText(text(value)));
        }
    }

    /** Plain decimal notation, no exponent, no trailing zeros; empty for NaN and infinities. */
    private static String plain(Number number) {
        if (number instanceof Double || number instanceof Float) {
            if (!Double.isFinite(number.doubleValue())) {
                return "";
            }
            // Float's own text, so 87.1f stays 87.1 instead of widening to 87.09999847412109.
            BigDecimal exact = number instanceof Float
                    ? new BigDecimal(number.toString())
                    : BigDecimal.valueOf(number.doubleValue());
            return exact.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return number.toString();
    }

    /** java.time types print ISO 8601 from {@code toString()}. */
    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String cellText(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int end = MAX_CELL_TEXT - (Character.isHighSurrogate(text.charAt(MAX_CELL_TEXT - 1)) ? 1 : 0);
        return text.substring(0, end);
    }

    private static double width(Table table, int column) {
        int widest = displayLength(table.headers().get(column)) + 2; // bold is wider
        for (List<Object> row : table.rows()) {
            widest = Math.max(widest, displayLength(row.get(column)));
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + 1));
    }

    private static int displayLength(Object value) {
        if (value instanceof LocalDate) {
            return "yyyy-mm-dd".length();
        }
        if (value instanceof LocalDateTime) {
            return "yyyy-mm-dd hh:mm".length();
        }
        String shown = value instanceof Number number ? plain(number) : text(value);
        return shown.lines()
                .mapToInt(line -> line.codePointCount(0, line.length()))
                .max()
                .orElse(0);
    }
}
