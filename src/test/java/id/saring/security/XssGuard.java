package id.saring.security;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.saring.testing.Browser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.UnhandledAlertException;

/**
 * Watches a browser for the corpus running: a hook installed before any page script counts every
 * {@code saringXss(n)} call and every content-security-policy violation, and a scan of the DOM
 * finds any element or attribute a payload made. Counts what it checked, for the closing note.
 */
public final class XssGuard {

    /** Runs in every document before its own scripts. */
    private static final String HOOK = "window.__xss = window.__xss || [];"
            + "window.__csp = window.__csp || [];"
            + "window.saringXss = function (n) { window.__xss.push(n); };"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));"
            + "}, true);";

    /** Every element or attribute a payload could have made, described. */
    private static final String SCAN = "var found = [];"
            + "var badUrl = /^(javascript:|data:text\\/html|vbscript:)/;"
            + "function norm(v) { return v.replace(/[\\s\\u0000-\\u001f\\u007f\\u00ad\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\ufeff]/g, '').toLowerCase(); }"
            + "function show(e) { return e.outerHTML.slice(0, 160); }"
            + "function walk(root) {"
            + "  root.querySelectorAll('script,iframe,frame,object,embed,applet,base,meta[http-equiv],style,link,noscript')"
            + "    .forEach(function (e) { if (/xss-\\d|saringxss/i.test(e.outerHTML)) { found.push('element ' + show(e)); } });"
            + "  root.querySelectorAll('*').forEach(function (e) {"
            + "    for (var i = 0; i < e.attributes.length; i++) {"
            + "      var a = e.attributes[i], n = a.name.toLowerCase(), v = a.value;"
            + "      if (n.indexOf('on') === 0 && /saringxss|xss-\\d/i.test(v)) { found.push('handler ' + n + ' on ' + show(e)); }"
            + "      if (['href','src','action','formaction','xlink:href','srcdoc','data','poster','background','content'].indexOf(n) >= 0"
            + "          && (badUrl.test(norm(v)) || (n === 'srcdoc' && /<script/i.test(v))) && /xss/i.test(v)) { found.push('url ' + n + ' on ' + show(e)); }"
            + "      if (n === 'style' && /xss/i.test(v)) { found.push('style on ' + show(e)); }"
            + "    }"
            + "    if (e.shadowRoot) { walk(e.shadowRoot); }"
            + "  });"
            + "}"
            + "walk(document);"
            + "return found;";

    /** What is shown as text: the page's visible text, its title, options of selects, field values. */
    private static final String VISIBLE = "var parts = [document.title, document.body.innerText];"
            + "document.querySelectorAll('option').forEach(function (o) { parts.push(o.text); });"
            + "document.querySelectorAll('input:not([type=hidden]),textarea').forEach(function (i) { parts.push(i.value); });"
            + "return parts.join('\\n');";

    private final Browser browser;
    private int pages;
    private int combinations;

    public XssGuard(Browser browser) {
        this.browser = browser;
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    }

    /**
     * Checks the page now open: nothing ran, nothing a payload made is in the DOM, and each of
     * {@code shown} is there as text.
     */
    public void check(String place, Collection<Integer> shown) {
        check(place, shown, false);
    }

    /**
     * As {@link #check(String, Collection)}, but only the markers of {@code shown} need be there:
     * for text whose markup was stripped on purpose (GIFT import turns HTML into plain text).
     */
    public void checkMarkers(String place, Collection<Integer> shown) {
        check(place, shown, true);
    }

    private void check(String place, Collection<Integer> shown, boolean markersOnly) {
        pause(250); // onerror, ontoggle and autofocus fire just after load
        List<String> problems = new ArrayList<>();
        try {
            Object ran = browser.driver().executeScript("return window.__xss || [];");
            if (!((List<?>) ran).isEmpty()) {
                problems.add("ran: saringXss" + ran);
            }
            Object csp = browser.driver().executeScript("return window.__csp || [];");
            for (Object violation : (List<?>) csp) {
                if (String.valueOf(violation).matches("(?s).*(xss|saringXss).*")) {
                    problems.add("blocked by the content security policy (so it was in the page): " + violation);
                } else {
                    System.out.println(place + ": content security policy violation " + violation);
                }
            }
            @SuppressWarnings("unchecked")
            List<String> made = (List<String>) browser.driver().executeScript(SCAN);
            made.forEach(m -> problems.add("in the DOM (payload " + XssCorpus.markersIn(m) + "): " + m));
            String visible = normalise((String) browser.driver().executeScript(VISIBLE));
            List<Integer> markers = XssCorpus.markersIn(visible);
            for (int number : shown) {
                String text = normalise(XssCorpus.get(number).text());
                if (markersOnly ? !markers.contains(number) : !visible.contains(text)) {
                    problems.add("payload " + number + " not shown as text: "
                            + XssCorpus.get(number).text());
                }
            }
        } catch (UnhandledAlertException e) {
            problems.add("an alert opened: " + e.getAlertText());
        }
        pages++;
        combinations += shown.size();
        if (!problems.isEmpty()) {
            browser.keepLastPage("xss-" + place.replaceAll("[^a-zA-Z0-9]+", "-"));
            fail(place + " (" + browser.driver().getCurrentUrl() + "):\n" + String.join("\n", problems));
        }
    }

    /** What the open page shows as text (as {@link #check} reads it). */
    public String visibleText() {
        return (String) browser.driver().executeScript(VISIBLE);
    }

    /** Counts combinations checked elsewhere (PDFs, exports). */
    public void counted(int payloads) {
        combinations += payloads;
    }

    public void assertNothingRan(String place) {
        Object ran = browser.driver().executeScript("return window.__xss || [];");
        assertTrue(((List<?>) ran).isEmpty(), place + ": saringXss" + ran);
    }

    public String summary() {
        return pages + " pages checked, " + combinations + " payload×place combinations shown as text";
    }

    /** Whitespace collapsed, zero-width characters gone (WebDriver's getText drops them). */
    static String normalise(String text) {
        return text.replaceAll("[\\u200B-\\u200D\\u2060\\uFEFF]", "").replaceAll("[\\s\\u00A0]+", " ");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
