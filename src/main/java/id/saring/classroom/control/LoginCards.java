package id.saring.classroom.control;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.saring.infrastructure.i18n.Messages;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Login cards to cut out: eight per A4 page, each with the address, username and password. */
public final class LoginCards {

    private static final Color GREEN = new Color(0x0b, 0x6e, 0x4f);

    private LoginCards() {}

    /** One card's contents. */
    public record Card(String name, String username, String password) implements java.io.Serializable {}

    public static byte[] render(String className, String address, List<Card> cards, Locale locale) {
        Function<String, String> text = key -> Messages.text(locale, key);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 28, 28, 28, 28);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(text.apply(DownloadMessages.CARDS_PDF_TITLE) + " " + className);
        document.open();
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        for (Card card : cards) {
            PdfPCell cell = new PdfPCell();
            cell.setFixedHeight(190);
            cell.setPadding(12);
            cell.setBorderColor(Color.GRAY);
            cell.addElement(new Paragraph("Saring · " + className, new Font(Font.HELVETICA, 10, Font.BOLD, GREEN)));
            cell.addElement(new Paragraph(card.name(), new Font(Font.HELVETICA, 15, Font.BOLD)));
            cell.addElement(new Paragraph(" "));
            cell.addElement(
                    new Phrase(text.apply(DownloadMessages.CARDS_PDF_ADDRESS) + " ", new Font(Font.HELVETICA, 10)));
            cell.addElement(new Paragraph(address, new Font(Font.COURIER, 10)));
            cell.addElement(
                    new Phrase(text.apply(DownloadMessages.CARDS_PDF_USERNAME) + " ", new Font(Font.HELVETICA, 10)));
            cell.addElement(new Paragraph(card.username(), new Font(Font.COURIER, 14, Font.BOLD)));
            cell.addElement(
                    new Phrase(text.apply(DownloadMessages.CARDS_PDF_PASSWORD) + " ", new Font(Font.HELVETICA, 10)));
            cell.addElement(new Paragraph(card.password(), new Font(Font.COURIER, 14, Font.BOLD)));
            table.addCell(cell);
        }
        if (cards.size() % 2 == 1) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(0);
            table.addCell(empty);
        }
        document.add(table);
        document.close();
        return pdf.toByteArray();
    }
}
