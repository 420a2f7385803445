package id.saring.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the first sheet of an .xlsx as rows of text, the way a teacher's spreadsheet shows it:
 * enough to compare an export with the page it came from (shared and inline strings, numbers).
 */
public final class XlsxCells {

    private XlsxCells() {}

    public static List<List<String>> firstSheet(byte[] xlsx) {
        Map<String, byte[]> parts = unzip(xlsx);
        List<String> shared = new ArrayList<>();
        if (parts.containsKey("xl/sharedStrings.xml")) {
            NodeList items = parse(parts.get("xl/sharedStrings.xml")).getElementsByTagName("si");
            for (int i = 0; i < items.getLength(); i++) {
                shared.add(items.item(i).getTextContent());
            }
        }
        Document sheet = parse(parts.get("xl/worksheets/sheet1.xml"));
        List<List<String>> rows = new ArrayList<>();
        NodeList rowNodes = sheet.getElementsByTagName("row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            Map<Integer, String> cells = new TreeMap<>();
            NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagName("c");
            for (int c = 0; c < cellNodes.getLength(); c++) {
                Element cell = (Element) cellNodes.item(c);
                String type = cell.getAttribute("t");
                String value = type.equals("inlineStr") ? cell.getTextContent() : text(cell, "v");
                if (type.equals("s")) {
                    value = shared.get(Integer.parseInt(value));
                }
                cells.put(column(cell.getAttribute("r")), value);
            }
            List<String> row = new ArrayList<>();
            int last = cells.isEmpty() ? -1 : ((TreeMap<Integer, String>) cells).lastKey();
            for (int c = 0; c <= last; c++) {
                row.add(cells.getOrDefault(c, ""));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(Element cell, String tag) {
        NodeList found = cell.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent();
    }

    /** "C7" is column 2. */
    private static int column(String reference) {
        int column = 0;
        for (char c : reference.toCharArray()) {
            if (!Character.isLetter(c)) {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /** Through the central directory: the writer streams entries with sizes only after their data. */
    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> parts = new HashMap<>();
        try {
            Path file = Files.createTempFile("export", ".xlsx");
            try {
                Files.write(file, zip);
                try (ZipFile archive = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                        try (InputStream in = archive.getInputStream(entry)) {
                            parts.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("not an xlsx part", e);
        }
    }
}
