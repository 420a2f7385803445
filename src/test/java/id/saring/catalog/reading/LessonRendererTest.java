package id.saring.catalog.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.yaml.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever an author writes, no script reaches a student's page. */
class LessonRendererTest {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** Real-world XSS payloads (OWASP filter-evasion cheat sheet and PortSwigger's list). */
    static List<String> payloads() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//xss.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<img src=\"jav&#x09;ascript:alert(1)\">",
                "[klik](javascript:alert(1))",
                "[klik](JAVASCRIPT:alert(1))",
                "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<a href=\"&#106;avascript:alert(1)\">klik</a>",
                "<a href=\"java\u0000script:alert(1)\">klik</a>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"x.swf\">",
                "<form action=\"javascript:alert(1)\"><button>x</button></form>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<base href=\"https://evil.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<details open ontoggle=alert(1)>",
                "<body onload=alert(1)>",
                "<a href=\"#\" onclick=\"alert(1)\">klik</a>",
                "<p onmouseover=alert(1)>teks</p>",
                "<<script>script>alert(1)<</script>/script>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<img src=\"x\" alt=\"\" onerror=\"alert(1)\" />",
                "<video><source onerror=\"alert(1)\"></video>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "![gambar](javascript:alert(1))",
                "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
                "<textarea><script>alert(1)</script></textarea>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "\u202E<script>alert(1)</script>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadSurvives(String payload) {
        Problems problems = new Problems();

        String html = new LessonRenderer(Map.of(), path -> path)
                .render("pelajaran.md", "Teks pelajaran.\n\n" + payload + "\n", 0, problems);

        // Only real tags matter: a payload that ends up as escaped text is shown, never run.
        String tags = TAG.matcher(html).results().map(m -> m.group()).reduce("", String::concat);
        String lower = tags.toLowerCase(Locale.ROOT);
        for (String forbidden : List.of(
                "<script",
                "javascript:",
                "vbscript:",
                "data:",
                "onerror",
                "onload",
                "onclick",
                "onmouseover",
                "ontoggle",
                "<iframe",
                "<object",
                "<embed",
                "<svg",
                "<math",
                "<style",
                "<base",
                "<meta",
                "<form",
                "style=",
                "<body")) {
            assertFalse(lower.contains(forbidden), () -> payload + " left " + forbidden + " in: " + html);
        }
        assertTrue(html.contains("Teks pelajaran."), "the lesson text itself stays");
    }

    /** The shared corpus of the browser test (src/test/resources/xss/payloads.txt). */
    static List<String> corpus() {
        return id.saring.security.XssCorpus.all().stream()
                .map(id.saring.security.XssCorpus.Payload::text)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void noPayloadOfTheCorpusSurvives(String payload) {
        noPayloadSurvives(payload);
    }

    @Test
    void theAuthorIsToldWhatWasRemoved() {
        Problems problems = new Problems();

        new LessonRenderer(Map.of(), path -> path)
                .render("pelajaran.md", "Halo <script>alert(1)</script>\n", 0, problems);

        assertEquals("lesson.unsafeHtml", problems.all().get(0).key());
        assertTrue(problems.all().get(0).message(Locale.forLanguageTag("id")).contains("<script>"));
    }
}
