package id.saring.classroom.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.classroom.control.TableExport.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TableExportTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil\",\"x\")";
    private static final LocalDate SUBMITTED = LocalDate.of(2025, 7, 14);

    private static Table grades() {
        return new Table(
                "Nilai [7A]: Literasi/Digital? *Semester Ganjil 2025",
                List.of("Nama", "Nilai", "Catatan", "Dikumpulkan"),
                List.of(
                        List.of("Ani \"Bu\", S.Pd", 87.5, "baris satu\nbaris dua", SUBMITTED),
                        Arrays.asList("Ni Luh Séntana ꦲꦤꦶ 🌱", -5, null, SUBMITTED),
                        List.of(HYPERLINK, 0.1 + 0.2, "+1+1", "-2+3"),
                        List.of("@SUM(A1)", 90.0, "\t=1", "\r=1"),
                        List.of("bel\u0007l", -2.5, 1234567890123L, "-5")));
    }

    // CSV

    @Test
    void csvStartsWithUtf8ByteOrderMark() {
        byte[] csv = TableExport.csv(grades());

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    }

    @Test
    void csvQuotesNeutralisesAndWritesNumbersPlainly() {
        String csv = csvText(TableExport.csv(grades()));

        assertEquals(
                "Nama,Nilai,Catatan,Dikumpulkan\r\n"
                        + "\"Ani \"\"Bu\"\", S.Pd\",87.5,\"baris satu\nbaris dua\",2025-07-14\r\n"
                        + "Ni Luh Séntana ꦲꦤꦶ 🌱,-5,,2025-07-14\r\n"
                        + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",0.3,'+1+1,'-2+3\r\n"
                        + "'@SUM(A1),90,'\t=1,\"'\r=1\"\r\n"
                        + "bel\u0007l,-2.5,1234567890123,'-5\r\n",
                csv);
    }

    @Test
    void csvQuotesOnlyFieldsThatNeedIt() {
        Table table = new Table(
                "t", List.of("a", "b", "c", "d"), List.of(List.of("Ani, S.Pd", "Budi", "kata \"oke\"", "a\rb")));

        assertEquals(
                "a,b,c,d\r\n\"Ani, S.Pd\",Budi,\"kata \"\"oke\"\"\",\"a\rb\"\r\n", csvText(TableExport.csv(table)));
    }

    @Test
    void csvLeavesNegativeNumbersAlone() {
        Table table = new Table("t", List.of("a", "b", "c"), List.of(List.of(-5, -0.25, 1.0E-7)));

        assertEquals("a,b,c\r\n-5,-0.25,0.0000001\r\n", csvText(TableExport.csv(table)));
    }

    // XLSX

    @Test
    void xlsxKeepsTextAsTextAndNumbersAsNumbers() throws Exception {
        Sheet sheet = Sheet.read(TableExport.xlsx(grades()));

        assertEquals(new Cell("s", "Nama"), sheet.cell("A1"));
        assertEquals(new Cell("s", "Dikumpulkan"), sheet.cell("D1"));
        assertEquals(new Cell("s", "Ani \"Bu\", S.Pd"), sheet.cell("A2"));
        assertEquals(new Cell("n", 87.5), sheet.cell("B2"));
        assertEquals(new Cell("s", "baris satu\nbaris dua"), sheet.cell("C2"));
        assertEquals(new Cell("s", "Ni Luh Séntana ꦲꦤꦶ 🌱"), sheet.cell("A3"));
        assertEquals(new Cell("n", -5.0), sheet.cell("B3"));
        assertEquals(null, sheet.cell("C3"));
        assertEquals(new Cell("n", 0.3), sheet.cell("B4"));
        assertEquals(new Cell("n", 1234567890123.0), sheet.cell("C6"));
    }

    @Test
    void xlsxStoresFormulaPayloadsAsLiteralText() throws Exception {
        Sheet sheet = Sheet.read(TableExport.xlsx(grades()));

        assertEquals(0, sheet.formulas);
        assertEquals(new Cell("s", HYPERLINK), sheet.cell("A4"));
        assertEquals(new Cell("s", "+1+1"), sheet.cell("C4"));
        assertEquals(new Cell("s", "-2+3"), sheet.cell("D4"));
        assertEquals(new Cell("s", "@SUM(A1)"), sheet.cell("A5"));
        assertEquals(new Cell("s", "\t=1"), sheet.cell("C5"));
        assertEquals(new Cell("s", "\r=1"), sheet.cell("D5"));
        assertEquals(new Cell("s", "-5"), sheet.cell("D6"));
    }

    @Test
    void xlsxDropsCharactersXmlCannotHold() throws Exception {
        Sheet sheet = Sheet.read(TableExport.xlsx(grades()));

        assertEquals(new Cell("s", "bell"), sheet.cell("A6"));
    }

    @Test
    void xlsxHeaderIsBoldAndBodyIsNot() throws Exception {
        Sheet sheet = Sheet.read(TableExport.xlsx(grades()));

        for (String header : List.of("A1", "B1", "C1", "D1")) {
            assertTrue(sheet.bold(header), header + " should be bold");
        }
        assertFalse(sheet.bold("A2"));
        assertFalse(sheet.bold("B2"));
    }

    @Test
    void xlsxWritesLocalDatesAsFormattedDates() throws Exception {
        Sheet sheet = Sheet.read(TableExport.xlsx(grades()));

        double serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), SUBMITTED);
        assertEquals(new Cell("n", serial), sheet.cell("D2"));
        assertEquals("yyyy-mm-dd", sheet.numberFormat("D2"));
    }

    @Test
    void xlsxSheetNameFollowsExcelRules() throws Exception {
        Sheet sheet = Sheet.read(TableExport.xlsx(grades()));

        assertEquals("Nilai -7A-- Literasi-Digital- -", sheet.name);
        assertEquals(31, sheet.name.length());
    }

    @Test
    void sheetNamesExcelWouldRefuseAreRepaired() {
        assertEquals("Sheet1", TableExport.sheetName(" '' "));
        assertEquals("Kelas 7", TableExport.sheetName("'Kelas 7'"));
        assertEquals("history-", TableExport.sheetName("history"));
        assertEquals("a-b-c-d-e-f-g-", TableExport.sheetName("a[b]c:d*e?f/g\\"));
    }

    @Test
    void xlsxColumnsAreWideEnoughForTheirContents() throws Exception {
        Sheet sheet = Sheet.read(TableExport.xlsx(grades()));

        assertTrue(sheet.widths.get(1) >= "Ni Luh Séntana ꦲꦤꦶ 🌱".codePoints().count(), sheet.widths.toString());
        assertTrue(sheet.widths.get(4) >= "Dikumpulkan".length(), sheet.widths.toString());
    }

    @Test
    void rowsMustMatchTheHeaders() {
        List<List<Object>> rows = List.of(List.of("Ani"));

        assertThrows(IllegalArgumentException.class, () -> new Table("t", List.of("Nama", "Nilai"), rows));
    }

    private static String csvText(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    /** A cell as Excel would read it: "s" text, "n" number, "b" boolean. */
    record Cell(String type, Object value) {}

    /** Reads the first sheet straight from the package parts, so nothing is taken on the writer's word. */
    private static final class Sheet {
        final String name;
        final Map<String, Cell> cells = new HashMap<>();
        final Map<String, Integer> styles = new HashMap<>();
        final Map<Integer, Double> widths = new HashMap<>();
        final int formulas;
        private final Document styleSheet;

        private Sheet(Map<String, byte[]> parts) throws Exception {
            Element sheet = first(parse(parts.get("xl/workbook.xml")), "sheet");
            name = sheet.getAttribute("name");
            String target = relationshipTarget(
                    parts.get("xl/_rels/workbook.xml.rels"),
                    sheet.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
            List<String> shared = new ArrayList<>();
            if (parts.containsKey("xl/sharedStrings.xml")) {
                for (Element si : all(parse(parts.get("xl/sharedStrings.xml")), "si")) {
                    shared.add(si.getTextContent());
                }
            }
            Document xml = parse(parts.get("xl/" + target.replaceFirst("^/?xl/", "")));
            formulas = xml.getElementsByTagNameNS("*", "f").getLength();
            for (Element c : all(xml, "c")) {
                String ref = c.getAttribute("r");
                styles.put(ref, c.getAttribute("s").isEmpty() ? 0 : Integer.parseInt(c.getAttribute("s")));
                String type = c.getAttribute("t");
                Element v = first(c, "v");
                switch (type) {
                    case "s" -> cells.put(ref, new Cell("s", shared.get(Integer.parseInt(v.getTextContent()))));
                    case "inlineStr" ->
                        cells.put(ref, new Cell("s", first(c, "is").getTextContent()));
                    case "str" -> cells.put(ref, new Cell("formula", v.getTextContent()));
                    case "b" -> cells.put(ref, new Cell("b", v.getTextContent().equals("1")));
                    case "", "n" -> {
                        if (v != null) {
                            cells.put(ref, new Cell("n", Double.parseDouble(v.getTextContent())));
                        }
                    }
                    default -> throw new AssertionError("unexpected cell type " + type + " in " + ref);
                }
            }
            for (Element col : all(xml, "col")) {
                widths.put(Integer.parseInt(col.getAttribute("min")), Double.parseDouble(col.getAttribute("width")));
            }
            styleSheet = parse(parts.get("xl/styles.xml"));
        }

        static Sheet read(byte[] xlsx) throws Exception {
            // Through the central directory, as Excel reads it: the writer puts Zip64 data
            // descriptors after each entry, which the streaming ZipInputStream cannot follow.
            Path file = Files.createTempFile("export", ".xlsx");
            Map<String, byte[]> parts = new HashMap<>();
            try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    parts.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                }
            } finally {
                Files.delete(file);
            }
            assertTrue(parts.containsKey("[Content_Types].xml"), parts.keySet().toString());
            return new Sheet(parts);
        }

        Cell cell(String ref) {
            return cells.get(ref);
        }

        boolean bold(String ref) {
            Element xf = cellFormat(ref);
            Element font = all(first(styleSheet, "fonts"), "font").get(Integer.parseInt(xf.getAttribute("fontId")));
            Element b = first(font, "b");
            return b != null && !b.getAttribute("val").matches("0|false");
        }

        String numberFormat(String ref) {
            String id = cellFormat(ref).getAttribute("numFmtId");
            for (Element format : all(styleSheet, "numFmt")) {
                if (format.getAttribute("numFmtId").equals(id)) {
                    return format.getAttribute("formatCode");
                }
            }
            return "builtin " + id;
        }

        private Element cellFormat(String ref) {
            return all(first(styleSheet, "cellXfs"), "xf").get(styles.getOrDefault(ref, 0));
        }

        private static String relationshipTarget(byte[] rels, String id) throws Exception {
            for (Element rel : all(parse(rels), "Relationship")) {
                if (rel.getAttribute("Id").equals(id)) {
                    return rel.getAttribute("Target");
                }
            }
            throw new AssertionError("no relationship " + id);
        }

        private static Document parse(byte[] xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            try {
                return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        private static List<Element> all(org.w3c.dom.Node parent, String localName) {
            NodeList nodes = parent instanceof Document document
                    ? document.getElementsByTagNameNS("*", localName)
                    : ((Element) parent).getElementsByTagNameNS("*", localName);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        }

        private static Element first(org.w3c.dom.Node parent, String localName) {
            List<Element> elements = all(parent, localName);
            return elements.isEmpty() ? null : elements.get(0);
        }
    }
}
