package id.saring.view.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonPagesTest {

    private static final String HTML = "<form><input name=\"csrf\" value=\"TOKEN-A\"/></form>"
            + "<p>Hoaks · ✓</p><form><input name=\"csrf\" value=\"TOKEN-A\"/></form>";

    @Test
    void aKeptPageIsWrittenWithEachSessionsOwnToken() {
        LessonPages.Page page = LessonPages.Page.of(HTML, "TOKEN-A", "text/html;charset=UTF-8", List.of())
                .orElseThrow();
        assertEquals(HTML, utf8(page.with("TOKEN-A")));
        String other = utf8(page.with("TOKEN-BB"));
        assertEquals(HTML.replace("TOKEN-A", "TOKEN-BB"), other);
        assertFalse(other.contains("TOKEN-A"), "no trace of the first session's token");
    }

    @Test
    void theNonceOfTheFirstAnswerIsCutOutAndEachAnswerGetsItsOwn() {
        String html = HTML + "<script src=\"/s.js\" nonce=\"NONCE-1\"></script>";
        LessonPages.Page page = LessonPages.Page.of(html, "TOKEN-A", "NONCE-1", "text/html", List.of())
                .orElseThrow();
        assertTrue(page.hasNonce());
        assertEquals(
                html.replace("TOKEN-A", "TOKEN-B").replace("NONCE-1", "NONCE-22"),
                utf8(page.with("TOKEN-B", "NONCE-22")));
        assertFalse(LessonPages.Page.of(HTML, "TOKEN-A", "text/html", List.of())
                .orElseThrow()
                .hasNonce());
    }

    @Test
    void aPageWithoutTheSessionsTokenIsNotKept() {
        assertTrue(LessonPages.Page.of("<p>no form</p>", "TOKEN-A", "text/html", List.of())
                .isEmpty());
        assertTrue(LessonPages.Page.of(HTML, "", "text/html", List.of()).isEmpty());
    }

    @Test
    void theLeastRecentlyReadPagesGoFirstWhenTheBoundIsReached() {
        LessonPages pages = new LessonPages(2 * HTML.getBytes(StandardCharsets.UTF_8).length);
        LessonPages.Key first = key("satu");
        LessonPages.Key second = key("dua");
        LessonPages.Key third = key("tiga");
        pages.keep(first, page());
        pages.keep(second, page());
        assertTrue(pages.find(first).isPresent()); // read: now the second is the least recent
        pages.keep(third, page());
        assertEquals(2, pages.count());
        assertTrue(pages.find(first).isPresent());
        assertTrue(pages.find(second).isEmpty(), "evicted");
        assertTrue(pages.find(third).isPresent());
        assertTrue(pages.bytes() <= 2L * HTML.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void versionsLanguagesAndHematDataAreKeptApart() {
        LessonPages pages = new LessonPages(LessonPages.MAX_BYTES);
        pages.keep(new LessonPages.Key("c", 1, "l", "id", false), page());
        assertTrue(pages.find(new LessonPages.Key("c", 2, "l", "id", false)).isEmpty());
        assertTrue(pages.find(new LessonPages.Key("c", 1, "l", "en", false)).isEmpty());
        assertTrue(pages.find(new LessonPages.Key("c", 1, "l", "id", true)).isEmpty());
        assertTrue(pages.find(new LessonPages.Key("c", 1, "l", "id", false)).isPresent());
    }

    private static LessonPages.Key key(String lesson) {
        return new LessonPages.Key("kursus", 1, lesson, "id", false);
    }

    private static LessonPages.Page page() {
        return LessonPages.Page.of(HTML, "TOKEN-A", "text/html", List.of()).orElseThrow();
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
