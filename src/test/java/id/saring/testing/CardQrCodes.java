package id.saring.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the QR codes of a login-card PDF as a phone's camera would read the printed page: every
 * image of every page is taken out of the PDF and decoded with ZXing, so a test logs in with what
 * the card really carries, not with a value the server told it.
 */
public final class CardQrCodes {

    private CardQrCodes() {}

    /** The decoded text of every QR code in the PDF (in no particular order). */
    public static List<String> read(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            List<String> found = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                collect(reader.getPageN(page).getAsDict(PdfName.RESOURCES), found);
            }
            return found;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(PdfDictionary resources, List<String> found) throws IOException {
        PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
        if (objects == null) {
            return;
        }
        for (PdfName name : objects.getKeys()) {
            PdfObject object = PdfReader.getPdfObject(objects.get(name));
            if (!(object instanceof PRStream stream)) {
                continue;
            }
            if (PdfName.FORM.equals(stream.getAsName(PdfName.SUBTYPE))) {
                collect(stream.getAsDict(PdfName.RESOURCES), found);
            } else if (PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
                found.add(decode(stream));
            }
        }
    }

    /** An eight-bit grey image, as LoginCards writes it, scaled up four times and decoded. */
    private static String decode(PRStream stream) throws IOException {
        int width = stream.getAsNumber(PdfName.WIDTH).intValue();
        int height = stream.getAsNumber(PdfName.HEIGHT).intValue();
        byte[] grey = PdfReader.getStreamBytes(stream);
        int scale = 4;
        int[] pixels = new int[width * scale * height * scale];
        for (int y = 0; y < height * scale; y++) {
            for (int x = 0; x < width * scale; x++) {
                int level = grey[(y / scale) * width + x / scale] & 0xFF;
                pixels[y * width * scale + x] = 0xFF000000 | level << 16 | level << 8 | level;
            }
        }
        BinaryBitmap bitmap =
                new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width * scale, height * scale, pixels)));
        try {
            // The image is the code itself, unblurred and upright: its modules are read directly,
            // since the finder-pattern search meant for camera pictures now and then misses on
            // such perfect squares.
            return new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                    .getText();
        } catch (com.google.zxing.ReaderException pure) {
            try {
                return new QRCodeReader()
                        .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                        .getText();
            } catch (com.google.zxing.ReaderException e) {
                throw new AssertionError("An image of the cards that is no readable QR code", e);
            }
        }
    }
}
