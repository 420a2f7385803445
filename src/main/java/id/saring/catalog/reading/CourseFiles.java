package id.saring.catalog.reading;

import id.saring.catalog.yaml.Problems;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The files of one course, from a folder or an uploaded zip, by their path inside the course
 * ({@code /}-separated). Zips are read with limits, so a zip bomb or a path like
 * {@code ../../etc/passwd} is refused with a message instead of filling the disk.
 */
public final class CourseFiles {

    public static final int MAX_FILES = 2_000;
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final String name;
    private final Map<String, byte[]> files;

    private CourseFiles(String name, Map<String, byte[]> files) {
        this.name = name;
        this.files = Collections.unmodifiableMap(files);
    }

    public static CourseFiles of(String name, Map<String, byte[]> files) {
        return new CourseFiles(name, new TreeMap<>(files));
    }

    /** Every regular file below {@code folder}, hidden files and folders left out. */
    public static CourseFiles folder(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                if (isHidden(path)) {
                    continue;
                }
                if (files.size() >= MAX_FILES) {
                    throw new IOException("More than " + MAX_FILES + " files in " + folder);
                }
                files.put(path, Files.readAllBytes(file));
            }
        }
        return new CourseFiles(folder.getFileName().toString(), files);
    }

    /**
     * The files of an uploaded zip. A zip holding one folder with the course inside is read as
     * that folder. Problems (not a zip, too big, unsafe paths) are reported and give empty.
     */
    public static Optional<CourseFiles> zip(String name, byte[] zip, Problems problems) {
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String path = entry.getName().replace('\\', '/');
                if (isUnsafe(path)) {
                    problems.report(name, 0, CourseProblems.ZIP_UNSAFE_PATH, path);
                    return Optional.empty();
                }
                if (isHidden(path)) {
                    continue;
                }
                if (files.size() >= MAX_FILES) {
                    problems.report(name, 0, CourseProblems.ZIP_TOO_MANY_FILES, MAX_FILES);
                    return Optional.empty();
                }
                byte[] content = readLimited(in, MAX_FILE_BYTES);
                if (content == null) {
                    problems.report(name, 0, CourseProblems.ZIP_FILE_TOO_BIG, path, MAX_FILE_BYTES / (1024 * 1024));
                    return Optional.empty();
                }
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    problems.report(name, 0, CourseProblems.ZIP_TOO_BIG, MAX_TOTAL_BYTES / (1024 * 1024));
                    return Optional.empty();
                }
                files.put(path, content);
            }
        } catch (ZipException | IllegalArgumentException e) {
            problems.report(name, 0, CourseProblems.ZIP_NOT_AZIP);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            problems.report(name, 0, CourseProblems.ZIP_NOT_AZIP);
            return Optional.empty();
        }
        return Optional.of(new CourseFiles(name, unwrapSingleFolder(files)));
    }

    public String name() {
        return name;
    }

    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    public byte[] bytes(String path) {
        byte[] content = files.get(path);
        if (content == null) {
            throw new IllegalArgumentException("No file " + path);
        }
        return content;
    }

    /** All files, for storing a published version exactly as it was read. */
    public Map<String, byte[]> all() {
        return files;
    }

    /** The files as a zip with fixed timestamps: the same files always give the same bytes. */
    public byte[] zip() {
        return zip("");
    }

    /**
     * The files inside one folder of a zip, as a course is kept in {@code courses/}: unzipped
     * there it is the course folder again, and uploaded it reads as the same files (an upload
     * takes a zip's single folder for the course). Fixed timestamps, like {@link #zip()}.
     */
    public byte[] zipInFolder(String folder) {
        if (folder.isEmpty() || isUnsafe(folder) || folder.contains("/") || isHidden(folder)) {
            throw new IllegalArgumentException("Not a folder name: " + folder);
        }
        return zip(folder + "/");
    }

    private byte[] zip(String prefix) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(prefix + file.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** SHA-256 over every path and its content: equal checksums mean nothing changed. */
    public String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Integer.toString(file.getValue().length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isUnsafe(String path) {
        return path.startsWith("/")
                || path.contains("../")
                || path.equals("..")
                || path.endsWith("/..")
                || path.contains(":")
                || path.chars().anyMatch(c -> c < 0x20);
    }

    private static boolean isHidden(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    /** Reads at most {@code limit} bytes; null when there are more (the entry may lie about its size). */
    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        byte[] content = in.readNBytes((int) limit + 1);
        return content.length > limit ? null : content;
    }

    private static Map<String, byte[]> unwrapSingleFolder(Map<String, byte[]> files) {
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String prefix = first.substring(0, slash + 1);
        if (!files.keySet().stream().allMatch(p -> p.startsWith(prefix))) {
            return files;
        }
        Map<String, byte[]> unwrapped = new TreeMap<>();
        files.forEach((path, content) -> unwrapped.put(path.substring(prefix.length()), content));
        return unwrapped;
    }
}
