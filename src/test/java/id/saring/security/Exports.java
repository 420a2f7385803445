package id.saring.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** What a downloaded PDF or spreadsheet must never carry, whatever was typed into it. */
final class Exports {

    private static final List<String> PDF_ACTIONS = List.of("/JavaScript", "/JS", "/OpenAction", "/Launch", "/AA");
    private static final Pattern URI_ACTION =
            Pattern.compile("/URI\\s*\\(\\s*(javascript|data|vbscript)", Pattern.CASE_INSENSITIVE);
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Exports() {}

    /** The PDF's text, after checking it carries no script or action; each of {@code shown} is in it. */
    static String pdf(String place, byte[] pdf, Collection<Integer> shown) {
        assertTrue(
                pdf.length > 4 && new String(pdf, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF"),
                place + " is a PDF");
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        for (String action : PDF_ACTIONS) {
            assertFalse(
                    Pattern.compile(Pattern.quote(action) + "(?![A-Za-z])")
                            .matcher(raw)
                            .find(),
                    place + " has " + action);
        }
        assertFalse(URI_ACTION.matcher(raw).find(), place + " links to a script URL");
        try {
            PdfReader reader = new PdfReader(pdf);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            String all = XssGuard.normalise(text.toString());
            List<Integer> found = XssCorpus.markersIn(all.replace(" ", ""));
            for (int number : shown) {
                assertTrue(found.contains(number), place + ": payload " + number + " not in the PDF's text:\n" + all);
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of a CSV (RFC 4180 quoting). */
    static List<String> csvCells(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == ';' || c == '\n') {
                cells.add(cell.toString().replaceFirst("\r$", ""));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.stream().map(s -> s.replaceFirst("^\uFEFF", "")).toList();
    }

    /** Every text cell of an XLSX (shared and inline strings), after checking it holds no formula. */
    static List<String> xlsxCells(String place, byte[] xlsx) {
        List<String> cells = new ArrayList<>();
        try {
            // ZipFile, not ZipInputStream: the writer streams its entries with data descriptors.
            Path file = Files.createTempFile("export", ".xlsx");
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    String name = entry.getName();
                    if (!name.endsWith(".xml")) {
                        continue;
                    }
                    String xml;
                    try (InputStream in = zip.getInputStream(entry)) {
                        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    if (name.startsWith("xl/worksheets/")) {
                        assertFalse(xml.contains("<f>") || xml.contains("<f "), place + ": a formula cell in " + name);
                    }
                    if (name.startsWith("xl/worksheets/") || name.equals("xl/sharedStrings.xml")) {
                        Matcher t = Pattern.compile("<t(?: [^>]*)?>([^<]*)</t>").matcher(xml);
                        while (t.find()) {
                            cells.add(unescapeXml(t.group(1)));
                        }
                    }
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    /** No cell starts like a formula; each of {@code shown} is in some cell. */
    static void assertNoFormulas(String place, List<String> cells, Collection<Integer> shown) {
        for (String cell : cells) {
            assertFalse(
                    !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0,
                    () -> place + ": payload " + XssCorpus.markersIn(cell) + " starts a cell as a formula: " + cell);
        }
        String all = String.join("\n", cells);
        for (int number : shown) {
            assertTrue(XssCorpus.markersIn(all).contains(number), place + ": payload " + number + " not in a cell");
        }
    }

    /**
     * For XLSX: its text cells are shared strings, which Excel shows and never evaluates, so a name
     * that starts with "=" stays literally that name (formula cells are refused by
     * {@link #xlsxCells}); each of {@code shown} is in a cell.
     */
    static void assertLiteral(String place, List<String> cells, Collection<Integer> shown) {
        String all = XssGuard.normalise(String.join("\n", cells));
        for (int number : shown) {
            assertTrue(
                    all.contains(XssGuard.normalise(XssCorpus.get(number).text())),
                    place + ": payload " + number + " not literally in a cell");
        }
    }

    private static String unescapeXml(String text) {
        Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text);
        text = numeric.replaceAll(m -> Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
