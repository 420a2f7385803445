package id.saring.publishing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.yaml.Problem;
import id.saring.catalog.yaml.Problems;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Pictures made fit for phones; the photo it makes is also uploaded by the course editor's browser test. */
public class PicturesTest {

    @Test
    void aBigPhonePhotoBecomesASmallJpegWithoutItsCameraData() throws IOException {
        byte[] photo = photoWithExif(3000, 2000, "SaringCam");
        assertTrue(new String(photo, StandardCharsets.ISO_8859_1).contains("SaringCam"), "the test photo has EXIF");

        Problems problems = new Problems();
        Pictures.Picture picture = Pictures.shrink("foto.jpg", photo, problems).orElseThrow();

        assertEquals(List.of(), problems.all());
        assertEquals("jpg", picture.extension());
        assertEquals(800, picture.width());
        assertEquals(533, picture.height());
        assertTrue(picture.bytes().length <= Pictures.TARGET_BYTES, picture.bytes().length + " bytes");
        String written = new String(picture.bytes(), StandardCharsets.ISO_8859_1);
        assertFalse(written.contains("SaringCam") || written.contains("Exif"), "no metadata is carried over");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(picture.bytes()));
        assertEquals(800, read.getWidth());
    }

    @Test
    void aSmallDrawingStaysAPngOfItsOwnSize() throws IOException {
        BufferedImage drawing = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = drawing.createGraphics();
        graphics.setColor(new Color(0x0b6e4f));
        graphics.fillRect(20, 20, 200, 100);
        graphics.dispose();

        Pictures.Picture picture =
                Pictures.shrink("gambar.png", png(drawing), new Problems()).orElseThrow();

        assertEquals("png", picture.extension());
        assertEquals(400, picture.width());
        assertEquals(300, picture.height());
    }

    @Test
    void whatIsNotAPictureIsRefusedByItsContentNotItsName() {
        Problems problems = new Problems();

        Optional<Pictures.Picture> picture =
                Pictures.shrink("foto.jpg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), problems);

        assertTrue(picture.isEmpty());
        assertEquals(List.of(new Problem("foto.jpg", 0, PictureProblems.UNREADABLE, List.of())), problems.all());
    }

    @Test
    void aPdfATextAnEmptyFileAndAPhotoCutOffInTransferAreRefusedAsUnreadable() throws IOException {
        byte[] photo = jpeg(photo(1200, 900));
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("surat.jpg", pdf());
        uploads.put("catatan.png", "Ini catatan, bukan gambar.".getBytes(StandardCharsets.UTF_8));
        uploads.put("kosong.jpg", new byte[0]);
        uploads.put("terpotong.jpg", cutOff(photo));
        uploads.put("kepala-saja.jpg", Arrays.copyOf(photo, 600));
        for (Map.Entry<String, byte[]> upload : uploads.entrySet()) {
            Problems problems = new Problems();

            Optional<Pictures.Picture> picture = Pictures.shrink(upload.getKey(), upload.getValue(), problems);

            assertTrue(picture.isEmpty(), upload.getKey());
            assertEquals(
                    List.of(new Problem(upload.getKey(), 0, PictureProblems.UNREADABLE, List.of())),
                    problems.all(),
                    upload.getKey());
        }
        assertTrue(Pictures.shrink("utuh.jpg", photo, new Problems()).isPresent(), "the whole photo is taken");
    }

    @Test
    void aRealTenMegabytePictureIsRefusedByItsSizeWithTheLimitInTheMessage() throws IOException {
        byte[] big = tenMegabytePng();
        assertTrue(ImageIO.read(new ByteArrayInputStream(big)) != null, "a valid picture");
        Problems problems = new Problems();

        assertTrue(Pictures.shrink("layar.png", big, problems).isEmpty());

        assertEquals(
                List.of(new Problem("layar.png", 0, PictureProblems.UPLOAD_TOO_BIG, List.of(10.0, 8))), problems.all());
        assertEquals(
                "This file is 10.0 MB; at most 8 MB. Send a phone photo as it is, or shrink a very large picture first.",
                problems.all().getFirst().message(Locale.ENGLISH));
    }

    @Test
    void aTwelveMegapixelPhoneFileIsTakenUprightSmallAndWithoutItsGpsLocation() throws IOException {
        byte[] photo = phonePhotoWithGps();
        assertTrue(photo.length > 2 * 1024 * 1024 && photo.length < Pictures.MAX_UPLOAD_BYTES, photo.length + " bytes");
        assertTrue(hasExif(photo), "the test photo carries EXIF with a GPS location");

        Problems problems = new Problems();
        Pictures.Picture picture =
                Pictures.shrink("IMG_20261206.jpg", photo, problems).orElseThrow();

        assertEquals(List.of(), problems.all());
        assertTrue(picture.width() < picture.height(), "turned upright, as the camera noted (EXIF orientation 6)");
        assertTrue(picture.height() <= Pictures.MAX_SIDE, picture.width() + "x" + picture.height());
        assertTrue(picture.bytes().length <= Pictures.TARGET_BYTES, picture.bytes().length + " bytes");
        assertFalse(hasExif(picture.bytes()), "no EXIF, so no GPS location");
    }

    @Test
    void aTenMegabyteUploadIsRefusedBeforeItIsRead() {
        Problems problems = new Problems();

        assertTrue(Pictures.shrink("besar.jpg", new byte[10 * 1024 * 1024], problems)
                .isEmpty());

        assertEquals(PictureProblems.UPLOAD_TOO_BIG, problems.all().getFirst().key());
        assertEquals(List.of(10.0, 8), problems.all().getFirst().arguments());
        assertEquals(
                "Berkas ini 10,0 MB; paling besar 8 MB. Kirim foto dari ponsel apa adanya, atau perkecil dulu gambar yang sangat besar.",
                problems.all().getFirst().message(Locale.forLanguageTag("id")));
    }

    @Test
    void aPictureThatWouldFillTheMemoryIsRefusedFromItsHeaderAlone() throws IOException {
        Problems problems = new Problems();

        assertTrue(
                Pictures.shrink("bom.png", pngHeader(20_000, 20_000), problems).isEmpty());

        assertEquals(
                List.of(new Problem("bom.png", 0, PictureProblems.TOO_MANY_PIXELS, List.of(20_000, 20_000))),
                problems.all());
    }

    /** A camera's photo: noise over a gradient, as a JPEG whose EXIF names the camera's make. */
    public static byte[] photoWithExif(int width, int height, String make) throws IOException {
        return withExif(jpeg(photo(width, height)), make);
    }

    /** Noise over a gradient: compresses as badly as a real photo. */
    private static BufferedImage photo(int width, int height) {
        return photo(width, height, 40);
    }

    /** Noise of up to {@code noise} levels over a gradient. */
    private static BufferedImage photo(int width, int height, int noise) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int base = (x * 255 / width + y * 255 / height) / 2;
                int v = Math.min(255, base + random.nextInt(noise));
                image.setRGB(x, y, (v << 16) | ((255 - v) << 8) | (v / 2));
            }
        }
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * A 12-megapixel phone photo of 2 to 8 MB, held upright (so the pixels lie on their side, EXIF
     * orientation 6), naming its camera and where it was taken.
     */
    public static byte[] phonePhotoWithGps() throws IOException {
        return withExif(jpeg(photo(4000, 3000, 160)), "SaringCam", 6);
    }

    /** Noise a PNG cannot compress, about 10.5 MB (1,870 px square): a real picture over the limit. */
    public static byte[] tenMegabytePng() throws IOException {
        int side = 1870;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(11);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return png(image);
    }

    /** The first bytes of a PDF: what a scanned letter renamed to .jpg holds. */
    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** A photo's first half, as a connection that dropped halfway leaves it. */
    public static byte[] cutOff(byte[] photo) {
        return Arrays.copyOf(photo, photo.length / 2);
    }

    /** Whether the JPEG holds an APP1 (EXIF) segment before its pixels. */
    public static boolean hasExif(byte[] jpeg) {
        for (int at = 2; at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF; ) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xE1) {
                return true;
            }
            if (marker == 0xDA) {
                return false;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return false;
    }

    private static byte[] withExif(byte[] jpeg, String make) throws IOException {
        return withExif(jpeg, make, 1);
    }

    /**
     * The JPEG with an EXIF segment after its start marker, naming the camera's make, how the
     * camera was held ({@code orientation}, 6: turned a quarter clockwise) and where the photo was
     * taken (a GPS latitude, 7 degrees 51 minutes south).
     */
    private static byte[] withExif(byte[] jpeg, String make, int orientation) throws IOException {
        int makeLength = make.length() + 1;
        int makeAt = 8 + 2 + 3 * 12 + 4;
        int gpsAt = makeAt + makeLength + makeLength % 2;
        int latitudeAt = gpsAt + 2 + 2 * 12 + 4;
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        DataOutputStream t = new DataOutputStream(tiff);
        t.writeBytes("MM");
        t.writeShort(42);
        t.writeInt(8);
        t.writeShort(3);
        entry(t, 0x010F, 2, makeLength, makeAt); // Make, ASCII, at makeAt
        entry(t, 0x0112, 3, 1, orientation << 16); // Orientation, one SHORT in place
        entry(t, 0x8825, 4, 1, gpsAt); // GPSInfo: where the GPS directory is
        t.writeInt(0);
        t.writeBytes(make);
        t.write(new byte[1 + makeLength % 2]);
        t.writeShort(2);
        entry(t, 0x0001, 2, 2, 'S' << 24); // GPSLatitudeRef "S", in place
        entry(t, 0x0002, 5, 3, latitudeAt); // GPSLatitude, three RATIONALs at latitudeAt
        t.writeInt(0);
        for (int part : new int[] {7, 51, 0}) {
            t.writeInt(part);
            t.writeInt(1);
        }
        byte[] exif = tiff.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.write(jpeg, 0, 2);
        o.writeShort(0xFFE1);
        o.writeShort(2 + 6 + exif.length);
        o.writeBytes("Exif");
        o.writeShort(0);
        o.write(exif);
        o.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void entry(DataOutputStream tiff, int tag, int type, int count, int value) throws IOException {
        tiff.writeShort(tag);
        tiff.writeShort(type);
        tiff.writeInt(count);
        tiff.writeInt(value);
    }

    /** A PNG's signature and header chunk, declaring its size; no pixels follow. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream c = new DataOutputStream(chunk);
        c.writeBytes("IHDR");
        c.writeInt(width);
        c.writeInt(height);
        c.write(new byte[] {8, 6, 0, 0, 0});
        byte[] data = chunk.toByteArray();
        o.writeInt(data.length - 4);
        o.write(data);
        CRC32 crc = new CRC32();
        crc.update(data);
        o.writeInt((int) crc.getValue());
        return out.toByteArray();
    }
}
