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
import java.util.List;
import java.util.Locale;
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
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int base = (x * 255 / width + y * 255 / height) / 2;
                int noise = random.nextInt(40);
                int v = Math.min(255, base + noise);
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

    /** The JPEG with an EXIF segment after its start marker, naming the camera's make. */
    private static byte[] withExif(byte[] jpeg, String make) throws IOException {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        DataOutputStream t = new DataOutputStream(tiff);
        t.writeBytes("MM");
        t.writeShort(42);
        t.writeInt(8);
        t.writeShort(1);
        t.writeShort(0x010F);
        t.writeShort(2);
        t.writeInt(make.length() + 1);
        t.writeInt(26);
        t.writeInt(0);
        t.writeBytes(make);
        t.writeByte(0);
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
