package id.saring.view.learn;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lesson pages as Faces rendered them for students, kept per published version, lesson, language
 * and "hemat data" ({@link Key}): the lesson of a published version never changes, and a student's
 * lesson page differs from a classmate's only by the session's CSRF token, which is cut out when a
 * page is kept ({@link Page}) and put back for each student. Bounded by {@value #MAX_BYTES} bytes
 * (the least recently read pages go first), so a large course catalogue cannot fill the heap.
 */
@ApplicationScoped
public class LessonPages {

    /** About 200 lesson pages of 20 KB: every lesson of a school's courses in both languages. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Map<Key, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private final long maxBytes;

    public LessonPages() {
        this(MAX_BYTES);
    }

    LessonPages(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Which page: a version's lesson for one language, with or without "hemat data". */
    public record Key(String course, int version, String lesson, String language, boolean saveData) {}

    /** A header of the page's answer, sent again with every copy. */
    public record Header(String name, String value) {}

    public synchronized Optional<Page> find(Key key) {
        return Optional.ofNullable(pages.get(key));
    }

    /** Keeps a page; one larger than the whole bound is not kept. */
    public synchronized void keep(Key key, Page page) {
        if (page.size() > maxBytes) {
            return;
        }
        Page old = pages.put(key, page);
        bytes += page.size() - (old == null ? 0 : old.size());
        var eldest = pages.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }

    synchronized int count() {
        return pages.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    /** A rendered page as UTF-8 bytes, in pieces between the places where a session's token goes. */
    public static final class Page {

        private final List<byte[]> pieces;
        private final String contentType;
        private final List<Header> headers;
        private final long size;

        private Page(List<byte[]> pieces, String contentType, List<Header> headers) {
            this.pieces = pieces;
            this.contentType = contentType;
            this.headers = headers;
            this.size = pieces.stream().mapToLong(piece -> piece.length).sum();
        }

        /**
         * The page rendered for a session whose token is {@code token}, with every occurrence of
         * the token cut out; empty when the page does not hold the token (nothing to replace, so
         * it was not rendered for that session as expected) or the token is blank.
         */
        public static Optional<Page> of(String html, String token, String contentType, List<Header> headers) {
            if (token == null || token.isBlank() || !html.contains(token)) {
                return Optional.empty();
            }
            List<byte[]> pieces = new ArrayList<>();
            int from = 0;
            for (int at = html.indexOf(token); at >= 0; at = html.indexOf(token, from)) {
                pieces.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
                from = at + token.length();
            }
            pieces.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
            return Optional.of(new Page(List.copyOf(pieces), contentType, List.copyOf(headers)));
        }

        /** The page for the session whose token is {@code token}. */
        public byte[] with(String token) {
            byte[] filling = token.getBytes(StandardCharsets.UTF_8);
            byte[] page = new byte[(int) size + filling.length * (pieces.size() - 1)];
            int at = 0;
            for (int i = 0; i < pieces.size(); i++) {
                if (i > 0) {
                    System.arraycopy(filling, 0, page, at, filling.length);
                    at += filling.length;
                }
                byte[] piece = pieces.get(i);
                System.arraycopy(piece, 0, page, at, piece.length);
                at += piece.length;
            }
            return page;
        }

        public String contentType() {
            return contentType;
        }

        public List<Header> headers() {
            return headers;
        }

        long size() {
            return size;
        }
    }
}
