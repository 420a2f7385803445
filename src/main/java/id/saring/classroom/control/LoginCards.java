package id.saring.classroom.control;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Login cards to cut out: eight per A4 page, each with the address, username and password, and a QR
 * code that opens Saring logged in ({@link #url}). The QR code is drawn here, on the server, as a
 * black-and-white image with one pixel per module (scaled without smoothing, so it prints sharp at
 * any size), and no script draws it on a phone.
 */
public final class LoginCards {

    private static final Color GREEN = new Color(0x0b, 0x6e, 0x4f);

    /** About 3.2 cm square: large for a cheap phone's camera, small enough for the card. */
    private static final float QR_POINTS = 92;

    /**
     * Points a username or password may take across the card: an A4 page less its margins, half
     * of it per card, less the card's padding, three fifths of that beside the QR code; a little
     * kept back so a line that fits is not wrapped at its last character.
     */
    static final float TYPED_WIDTH = ((595 - 2 * 28) / 2f - 2 * 12) * 3 / 5 - 4;

    private LoginCards() {}

    /**
     * One card's contents. The password is empty when the card is a new one for a student whose
     * password did not change (it is not known: only its hash is kept); the secret is the QR code's.
     */
    public record Card(String name, String username, String password, String secret) implements java.io.Serializable {

        public Card {
            Objects.requireNonNull(secret, "A card has a QR code.");
        }

        public Optional<String> newPassword() {
            return Optional.ofNullable(password);
        }
    }

    /** A class's cards, printed on pages of their own so that each class's pile is cut apart. */
    public record Batch(String className, List<Card> cards) implements java.io.Serializable {}

    /**
     * The address a card's QR code opens: Saring's card page with the secret in the fragment, which
     * the browser never sends to the server (so it is in no access log) and the page posts.
     */
    public static String url(String address, String secret) {
        return address + "card.xhtml#" + secret;
    }

    /** What a student types, on one line: 14 pt, smaller for a long one, never under 9 pt. */
    static Font typed(String text) {
        // Courier's letters are 0.6 of its size wide.
        float fitting = TYPED_WIDTH / (0.6f * Math.max(1, text.length()));
        return new Font(Font.COURIER, Math.max(9, Math.min(14, fitting)), Font.BOLD);
    }

    public static byte[] render(String className, String address, List<Card> cards, Locale locale) {
        return renderClasses(className, address, List.of(new Batch(className, cards)), locale);
    }

    /** Several classes' cards in one PDF (a whole school's), each class starting on a new page. */
    public static byte[] renderClasses(String title, String address, List<Batch> batches, Locale locale) {
        Function<String, String> text = key -> Messages.text(locale, key);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 28, 28, 28, 28);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(text.apply(DownloadMessages.CARDS_PDF_TITLE) + " " + title);
        document.open();
        boolean first = true;
        for (Batch batch : batches) {
            if (!first) {
                document.newPage();
            }
            first = false;
            document.add(table(batch.className(), address, batch.cards(), text));
        }
        if (first) {
            document.add(new Paragraph(" "));
        }
        document.close();
        return pdf.toByteArray();
    }

    private static PdfPTable table(String className, String address, List<Card> cards, Function<String, String> text) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        for (Card card : cards) {
            PdfPCell words = new PdfPCell();
            words.setBorder(0);
            words.setPadding(0);
            words.addElement(new Paragraph("Saring · " + className, new Font(Font.HELVETICA, 10, Font.BOLD, GREEN)));
            words.addElement(new Paragraph(card.name(), new Font(Font.HELVETICA, 15, Font.BOLD)));
            words.addElement(
                    new Phrase(text.apply(DownloadMessages.CARDS_PDF_ADDRESS) + " ", new Font(Font.HELVETICA, 10)));
            words.addElement(new Paragraph(address, new Font(Font.COURIER, 9)));
            words.addElement(
                    new Phrase(text.apply(DownloadMessages.CARDS_PDF_USERNAME) + " ", new Font(Font.HELVETICA, 10)));
            words.addElement(new Paragraph(card.username(), typed(card.username())));
            words.addElement(
                    new Phrase(text.apply(DownloadMessages.CARDS_PDF_PASSWORD) + " ", new Font(Font.HELVETICA, 10)));
            words.addElement(card.newPassword()
                    .map(password -> new Paragraph(password, typed(password)))
                    .orElseGet(() -> new Paragraph(
                            text.apply(DownloadMessages.CARDS_PDF_PASSWORD_UNCHANGED), new Font(Font.HELVETICA, 10))));

            PdfPCell code = new PdfPCell();
            code.setBorder(0);
            code.setPadding(0);
            code.setHorizontalAlignment(Element.ALIGN_CENTER);
            code.addElement(qrCode(url(address, card.secret())));
            Paragraph scan = new Paragraph(text.apply(DownloadMessages.CARDS_PDF_SCAN), new Font(Font.HELVETICA, 8));
            scan.setAlignment(Element.ALIGN_CENTER);
            code.addElement(scan);

            PdfPTable inside = new PdfPTable(new float[] {3, 2});
            inside.setWidthPercentage(100);
            inside.addCell(words);
            inside.addCell(code);
            PdfPCell cell = new PdfPCell(inside);
            // At least the height of eight cards a page; a long address grows the card instead of
            // cutting its password off.
            cell.setMinimumHeight(190);
            cell.setPadding(12);
            cell.setBorderColor(Color.GRAY);
            table.addCell(cell);
        }
        if (cards.size() % 2 == 1) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(0);
            table.addCell(empty);
        }
        return table;
    }

    /** The QR code of {@code content} as a black-and-white image, its quiet zone included. */
    static Image qrCode(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            content,
                            com.google.zxing.BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            int width = matrix.getWidth();
            int height = matrix.getHeight();
            // Eight-bit grey (0 black, 255 white), which PDF compresses with Flate to a few hundred
            // bytes; a one-bit image would be written as CCITT fax data, which fewer readers decode.
            byte[] grey = new byte[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    grey[y * width + x] = matrix.get(x, y) ? 0 : (byte) 0xFF;
                }
            }
            Image image = Image.getInstance(width, height, 1, 8, grey);
            image.scaleAbsolute(QR_POINTS, QR_POINTS);
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (WriterException | com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("A card's address always fits a QR code", e);
        }
    }
}
