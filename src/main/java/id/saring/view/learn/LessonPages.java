package id.saring.view.learn;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

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

    /**
     * Read by every student's lesson request without a lock (a {@code synchronized} map in
     * access order made the requests of a class wait on each other: 0.9 s of monitor waits in a
     * 20-second benchmark run); only keeping a page, rare once the lessons have been read, locks.
     */
    private final ConcurrentMap<Key, Kept> pages = new ConcurrentHashMap<>();

    /** When each page was last read, in reads of any page: the least recent is evicted first. */
    private final AtomicLong reads = new AtomicLong();

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

    private static final class Kept {
        final Page page;
        volatile long lastRead;

        Kept(Page page, long lastRead) {
            this.page = page;
            this.lastRead = lastRead;
        }
    }

    public Optional<Page> find(Key key) {
        Kept kept = pages.get(key);
        if (kept == null) {
            return Optional.empty();
        }
        kept.lastRead = reads.incrementAndGet();
        return Optional.of(kept.page);
    }

    /** Keeps a page; one larger than the whole bound is not kept. */
    public synchronized void keep(Key key, Page page) {
        if (page.size() > maxBytes) {
            return;
        }
        Kept old = pages.put(key, new Kept(page, reads.incrementAndGet()));
        bytes += page.size() - (old == null ? 0 : old.page.size());
        while (bytes > maxBytes && pages.size() > 1) {
            Map.Entry<Key, Kept> eldest = pages.entrySet().stream()
                    .filter(entry -> !entry.getKey().equals(key))
                    .min(Comparator.comparingLong(entry -> entry.getValue().lastRead))
                    .orElseThrow();
            pages.remove(eldest.getKey());
            bytes -= eldest.getValue().page.size();
        }
    }

    int count() {
        return pages.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    /**
     * A rendered page as UTF-8 bytes, in pieces between the places where what belongs to one
     * answer goes: the session's CSRF token and the CSP nonce that PrimeFaces puts on the page's
     * script tag (a fresh one for every answer, as PrimeFaces does).
     */
    public static final class Page {

        /** What goes between two pieces. */
        public enum Slot {
            TOKEN,
            NONCE
        }

        private final List<byte[]> pieces;
        private final List<Slot> slots;
        private final String contentType;
        private final List<Header> headers;
        private final long size;

        private Page(List<byte[]> pieces, List<Slot> slots, String contentType, List<Header> headers) {
            this.pieces = pieces;
            this.slots = slots;
            this.contentType = contentType;
            this.headers = headers;
            this.size = pieces.stream().mapToLong(piece -> piece.length).sum();
        }

        /**
         * The page rendered for a session whose token is {@code token} (and with the nonce
         * {@code nonce}, if any), with every occurrence of both cut out; empty when the page does
         * not hold the token (it was not rendered for that session as expected) or the token is
         * blank.
         */
        public static Optional<Page> of(
                String html, String token, String nonce, String contentType, List<Header> headers) {
            if (token == null || token.isBlank() || !html.contains(token)) {
                return Optional.empty();
            }
            boolean withNonce = nonce != null && !nonce.isBlank();
            List<byte[]> pieces = new ArrayList<>();
            List<Slot> slots = new ArrayList<>();
            int from = 0;
            while (true) {
                int atToken = html.indexOf(token, from);
                int atNonce = withNonce ? html.indexOf(nonce, from) : -1;
                if (atToken < 0 && atNonce < 0) {
                    break;
                }
                boolean tokenFirst = atNonce < 0 || (atToken >= 0 && atToken < atNonce);
                int at = tokenFirst ? atToken : atNonce;
                pieces.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
                slots.add(tokenFirst ? Slot.TOKEN : Slot.NONCE);
                from = at + (tokenFirst ? token : nonce).length();
            }
            pieces.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
            return Optional.of(new Page(List.copyOf(pieces), List.copyOf(slots), contentType, List.copyOf(headers)));
        }

        /** As above, for a page without a nonce. */
        public static Optional<Page> of(String html, String token, String contentType, List<Header> headers) {
            return of(html, token, null, contentType, headers);
        }

        /** Whether the page carries a nonce, which its answer's policy must then name. */
        public boolean hasNonce() {
            return slots.contains(Slot.NONCE);
        }

        /** The page for the session whose token is {@code token}, with {@code nonce} where the nonce was. */
        public byte[] with(String token, String nonce) {
            byte[] tokenBytes = token.getBytes(StandardCharsets.UTF_8);
            byte[] nonceBytes = nonce.getBytes(StandardCharsets.UTF_8);
            int length = (int) size;
            for (Slot slot : slots) {
                length += slot == Slot.TOKEN ? tokenBytes.length : nonceBytes.length;
            }
            byte[] page = new byte[length];
            int at = 0;
            for (int i = 0; i < pieces.size(); i++) {
                if (i > 0) {
                    byte[] filling = slots.get(i - 1) == Slot.TOKEN ? tokenBytes : nonceBytes;
                    System.arraycopy(filling, 0, page, at, filling.length);
                    at += filling.length;
                }
                byte[] piece = pieces.get(i);
                System.arraycopy(piece, 0, page, at, piece.length);
                at += piece.length;
            }
            return page;
        }

        /** The page for a session whose token is {@code token}, on a page without a nonce. */
        public byte[] with(String token) {
            return with(token, "");
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
