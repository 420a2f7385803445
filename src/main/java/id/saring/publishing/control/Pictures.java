package id.saring.publishing.control;

import id.saring.catalog.yaml.Problems;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Makes an uploaded picture fit for a student's phone on 3G: turned upright as the camera noted,
 * at most {@value #MAX_SIDE} px on its longer side and about {@value #TARGET_BYTES} bytes, and
 * written anew, so nothing of the original file (camera, GPS location, comments) is kept.
 * Drawings and screenshots stay PNG when that is small enough; photos become JPEG.
 */
public final class Pictures {

    public static final int MAX_SIDE = 800;
    public static final int TARGET_BYTES = 40 * 1024;
    public static final int MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
    /** A picture bigger than this (a "decompression bomb" too) is refused before it is decoded. */
    public static final long MAX_PIXELS = 25_000_000L;

    private static final int MIN_SIDE = 160;
    private static final float[] QUALITIES = {0.85f, 0.75f, 0.65f, 0.55f, 0.45f};

    static {
        // Finds the readers of this application's libraries (CMYK JPEG, WebP) as well.
        ImageIO.scanForPlugins();
    }

    /** A picture as it will be stored and served. */
    public record Picture(byte[] bytes, String extension, int width, int height) {}

    private Pictures() {}

    /**
     * @param name the uploaded file's name, for messages
     * @return the picture ready to store; empty, with the reason in {@code problems}, when the
     *     upload is too big or is not a picture this server can read
     */
    public static Optional<Picture> shrink(String name, byte[] upload, Problems problems) {
        if (!fits(name, upload.length, problems)) {
            return Optional.empty();
        }
        Optional<Decoded> decoded = decode(upload, name, problems);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        try {
            boolean drawing = decoded.get().format().equals("png")
                    || decoded.get().format().equals("gif");
            return Optional.of(encode(decoded.get().upright(), drawing));
        } catch (IOException | RuntimeException e) {
            problems.report(name, 0, PictureProblems.UNREADABLE);
            return Optional.empty();
        }
    }

    /**
     * Whether an upload of {@code size} bytes may be taken at all; reported when it may not. Asked
     * before the upload is read, with the size the browser announced.
     */
    public static boolean fits(String name, long size, Problems problems) {
        if (size > MAX_UPLOAD_BYTES) {
            problems.report(name, 0, PictureProblems.UPLOAD_TOO_BIG, megabytes(size), MAX_UPLOAD_BYTES / (1024 * 1024));
            return false;
        }
        return true;
    }

    /** A picture read from the upload and turned upright, with the format its bytes said it was. */
    private record Decoded(BufferedImage upright, String format) {}

    /**
     * Reads the picture once, by the format its first bytes say (never its name), and turns it
     * upright as the camera noted. Refuses one too large to decode (from its header, before any
     * pixel is read), and one whose data stops before the picture does: ImageIO only warns of a
     * cut-off JPEG (a photo half sent over a dropped connection) and fills the rest with grey.
     */
    private static Optional<Decoded> decode(byte[] upload, String name, Problems problems) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                problems.report(name, 0, PictureProblems.UNREADABLE);
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                reader.setInput(in);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    problems.report(name, 0, PictureProblems.TOO_MANY_PIXELS, reader.getWidth(0), reader.getHeight(0));
                    return Optional.empty();
                }
                BufferedImage image = reader.read(0);
                // libjpeg's words for data that ends too soon ("Premature end of JPEG file",
                // "premature end of data segment"); other warnings (stray bytes some phones write)
                // leave the picture whole.
                if (warnings.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("premature end"))) {
                    problems.report(name, 0, PictureProblems.UNREADABLE);
                    return Optional.empty();
                }
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                // Only a JPEG carries the camera's orientation (EXIF) where this reads it.
                Orientation orientation = format.equals("jpeg") ? ExifUtils.getExifOrientation(reader, 0) : null;
                BufferedImage upright = orientation == null
                        ? image
                        : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
                return Optional.of(new Decoded(upright, format));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            problems.report(name, 0, PictureProblems.UNREADABLE);
            return Optional.empty();
        }
    }

    /** Smaller and smaller until it fits the budget: PNG for a drawing if it can, else JPEG. */
    private static Picture encode(BufferedImage upright, boolean drawing) throws IOException {
        int side = Math.min(MAX_SIDE, Math.max(upright.getWidth(), upright.getHeight()));
        Picture smallest = null;
        while (true) {
            BufferedImage image = fit(upright, side);
            if (drawing) {
                byte[] png = png(image);
                if (png.length <= TARGET_BYTES) {
                    return new Picture(png, "png", image.getWidth(), image.getHeight());
                }
            }
            BufferedImage opaque = onWhite(image);
            for (float quality : QUALITIES) {
                byte[] jpeg = jpeg(opaque, quality);
                smallest = new Picture(jpeg, "jpg", image.getWidth(), image.getHeight());
                if (jpeg.length <= TARGET_BYTES) {
                    return smallest;
                }
            }
            if (side <= MIN_SIDE) {
                return smallest;
            }
            side = Math.max(MIN_SIDE, side * 4 / 5);
        }
    }

    private static BufferedImage fit(BufferedImage image, int side) throws IOException {
        return Math.max(image.getWidth(), image.getHeight()) <= side
                ? image
                : Thumbnails.of(image).size(side, side).asBufferedImage();
    }

    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = opaque.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return opaque;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Megabytes to one decimal, formatted by the message in the reader's language. */
    private static double megabytes(long bytes) {
        return Math.round(bytes * 10.0 / (1024 * 1024)) / 10.0;
    }
}
