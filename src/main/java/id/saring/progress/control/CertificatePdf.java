package id.saring.progress.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.saring.infrastructure.i18n.Messages;
import id.saring.progress.ProgressMessages;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/** A one-page, landscape A4 certificate: who, which course, when, and how to check it is real. */
public final class CertificatePdf {

    private static final Color GREEN = new Color(0x0b, 0x6e, 0x4f);
    private static final Color GREY = new Color(0x4a, 0x55, 0x61);

    private CertificatePdf() {}

    public static byte[] render(
            String studentName,
            String courseTitle,
            Instant issuedAt,
            String printedCode,
            String verifyUrl,
            ZoneId zone,
            Locale locale) {
        Function<String, String> text = key -> Messages.text(locale, key);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(text.apply(ProgressMessages.CERTIFICATE_PDF_TITLE) + ": " + courseTitle);
        document.addCreator("Saring");
        document.open();
        String date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                .withZone(zone)
                .format(issuedAt);
        document.add(centered(
                text.apply(ProgressMessages.CERTIFICATE_PDF_BRAND),
                new Font(Font.HELVETICA, 14, Font.BOLD, GREEN),
                12));
        document.add(centered(
                text.apply(ProgressMessages.CERTIFICATE_PDF_HEADING),
                new Font(Font.HELVETICA, 40, Font.BOLD, GREEN),
                28));
        document.add(centered(
                text.apply(ProgressMessages.CERTIFICATE_PDF_AWARDED_TO),
                new Font(Font.HELVETICA, 16, Font.NORMAL, GREY),
                8));
        document.add(centered(studentName, new Font(Font.HELVETICA, 30, Font.BOLD), 20));
        document.add(centered(
                text.apply(ProgressMessages.CERTIFICATE_PDF_COMPLETED),
                new Font(Font.HELVETICA, 16, Font.NORMAL, GREY),
                8));
        document.add(centered(courseTitle, new Font(Font.HELVETICA, 22, Font.BOLD), 24));
        document.add(centered(
                text.apply(ProgressMessages.CERTIFICATE_PDF_ON) + " " + date,
                new Font(Font.HELVETICA, 14, Font.NORMAL, GREY),
                48));
        document.add(centered(
                text.apply(ProgressMessages.CERTIFICATE_PDF_CODE) + " " + printedCode,
                new Font(Font.COURIER, 14, Font.BOLD),
                4));
        document.add(centered(
                text.apply(ProgressMessages.CERTIFICATE_PDF_VERIFY) + " " + verifyUrl,
                new Font(Font.HELVETICA, 11, Font.NORMAL, GREY),
                0));
        document.close();
        return pdf.toByteArray();
    }

    private static Paragraph centered(String text, Font font, float spaceAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spaceAfter);
        return paragraph;
    }
}
