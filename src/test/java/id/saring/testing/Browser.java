package id.saring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium, sized like a student's phone. Never lets Selenium Manager download a
 * browser: these machines have no internet.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Json JSON = new Json();

    private static final String CSP_VIOLATIONS = "saring-test-csp-violations";

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        this(null);
    }

    /**
     * A browser that keeps its profile (service worker, caches, local storage) in {@code profile},
     * so a second browser opened on the same folder is the same phone restarted; none for a fresh one.
     */
    public Browser(Path profile) {
        this(profile, true);
    }

    /**
     * A browser on {@code profile} that, without {@code network}, reaches nothing at all: every
     * request, the service worker's too from the moment it starts, goes to a proxy that is not
     * there. DevTools' offline emulation ({@link #network}) holds only for targets already
     * running, and a restarted phone's service worker starts with its first page.
     */
    public Browser(Path profile, boolean network) {
        ChromeOptions options = new ChromeOptions();
        if (profile != null) {
            options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
        }
        if (!network) {
            options.addArguments("--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>");
        }
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=id");
        // The DevTools network events, read by transferred(): what crossed the network, per request.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL", "performance", "ALL"));
        if (Https.certificateExists()) {
            options.addArguments("--ignore-certificate-errors-spki-list=" + Https.serverKeyHash());
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(360, 740));
        // A page replaced while an element is being read ("node does not belong to the document",
        // reported by this Chromium as a plain WebDriverException) is retried until the timeout.
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // Every Content-Security-Policy violation of every page, kept across page loads.
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of(
                        "source",
                        "document.addEventListener('securitypolicyviolation', function (e) {"
                                + "  try { var all = JSON.parse(sessionStorage.getItem('" + CSP_VIOLATIONS
                                + "') || '[]');"
                                + "    all.push(location.pathname + ': ' + e.violatedDirective + ' blocked ' + e.blockedURI"
                                + "      + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));"
                                + "    sessionStorage.setItem('" + CSP_VIOLATIONS
                                + "', JSON.stringify(all)); } catch (x) {}"
                                + "});"));
    }

    /**
     * The Content-Security-Policy violations the browser reported on this site's pages since this
     * browser opened (an inline script or handler refused, a resource from elsewhere blocked).
     */
    public java.util.List<String> contentSecurityViolations() {
        Object found = driver.executeScript("try { return JSON.parse(sessionStorage.getItem('" + CSP_VIOLATIONS
                + "') || '[]'); }" + " catch (x) { return []; }");
        @SuppressWarnings("unchecked")
        java.util.List<String> violations = (java.util.List<String>) found;
        return violations;
    }

    /** The Content-Security-Policy header the current page's address is served with. */
    public String contentSecurityPolicy() {
        Object policy = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(location.href, { credentials: 'same-origin' })"
                + "  .then(function (r) { done(r.headers.get('content-security-policy') || ''); },"
                + "        function (e) { done('fetch failed: ' + e); });");
        return String.valueOf(policy);
    }

    /** Lets downloads (PDFs, exports) land in {@code folder}, and returns the one that appears. */
    public Path download(Path folder, Runnable click) {
        try {
            Files.createDirectories(folder);
            driver.executeCdpCommand(
                    "Browser.setDownloadBehavior",
                    java.util.Map.of(
                            "behavior",
                            "allow",
                            "downloadPath",
                            folder.toAbsolutePath().toString()));
            java.util.Set<Path> before;
            try (var files = Files.list(folder)) {
                before = files.collect(java.util.stream.Collectors.toSet());
            }
            click.run();
            return wait.until(d -> {
                try (var files = Files.list(folder)) {
                    return files.filter(
                                    f -> !before.contains(f) && !f.toString().endsWith(".crdownload"))
                            .findFirst()
                            .orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A desk-sized window, for teachers' pages. */
    public void wide() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element is in the page, visible or not (a closed menu's items). */
    public WebElement present(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks the element once it can be clicked. When an Ajax update replaces it between finding
     * and clicking (stale: the click never reached the page), the new one is clicked instead, as
     * {@link #press} does with keys (seen in a clean-clone CI run: QuestionEditorBrowserIT's
     * button that takes the other version after a conflict message).
     */
    public void click(By by) {
        wait.until(
                driver -> { // the wait ignores WebDriverException: stale, intercepted
                    WebElement element =
                            ExpectedConditions.elementToBeClickable(by).apply(driver);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /**
     * Presses a key on an element, as a keyboard user does, once the element can take it: a
     * button that an Ajax update of its form is replacing refuses keys for a moment (not
     * interactable, or gone), and the keys are then sent to the new one.
     */
    public void press(By by, CharSequence key) {
        wait.until(
                driver -> { // the wait ignores WebDriverException: not interactable, stale
                    driver.findElement(by).sendKeys(key);
                    return true;
                });
    }

    /**
     * Waits until PrimeFaces has no Ajax request queued or running: a field's autosave on
     * {@code change} and the button's own request that follows it both update the page, and a
     * message the first one shows can be found before the second replaces the form.
     */
    public void ajaxDone() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the element's text holds {@code text}, e.g. a message whatever its numbers ({@link Texts#pattern}). */
    public void waitForText(By by, Pattern text) {
        wait.until(d -> text.matcher(d.findElement(by).getText()).find());
    }

    /** Waits until a field (a text area) holds {@code text}. */
    public void waitForValue(By by, String text) {
        wait.until(d -> {
            String value = d.findElement(by).getDomProperty("value");
            return value != null && value.contains(text);
        });
    }

    public String text(By by) {
        return wait.until(d -> d.findElement(by).getText());
    }

    /**
     * Chooses {@code file} in a PrimeFaces upload ({@code input}: its file field, hidden) and
     * waits for the answer: {@code message} in {@code result}.
     */
    public void upload(By input, Path file, By result, String message) {
        present(input).sendKeys(file.toAbsolutePath().toString());
        waitForText(result, message);
    }

    /**
     * Chooses {@code file} in a PrimeFaces upload and waits until {@code filled}, the field the
     * upload fills (a text area), holds something else than before.
     */
    public void upload(By input, Path file, By filled) {
        String before = shown(filled);
        present(input).sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> !before.equals(shown(filled)));
    }

    /** What a field holds, or an element says; empty when it is not in the page. */
    private String shown(By by) {
        List<WebElement> found = driver.findElements(by);
        if (found.isEmpty()) {
            return "";
        }
        String value = found.get(0).getDomProperty("value");
        return value != null ? value : found.get(0).getText();
    }

    /** Logs in on the login page of {@code base} and waits for the logged-in header. */
    public void logIn(String base, String username, String password) {
        open(base + "login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        find(By.id("logout"));
    }

    /** Logs out and waits for the landing page, so the next page opened does not race the logout. */
    public void logOut() {
        click(By.id("logout"));
        waitForText(By.id("main"), Texts.of("landing.loggedOut"));
    }

    /**
     * What {@code load} (opening a page) moved over the network: the document and everything it
     * pulled, as a phone downloads it (compressed, with headers), counted from Chromium's
     * DevTools network events ({@code encodedDataLength}); what came from the cache counts
     * nothing, a revalidation its headers. The Performance API cannot tell: on a page the
     * service worker controls, every entry reports {@code transferSize} 0, and elsewhere it
     * counts 300 bytes for any headers. The service worker is bypassed while counting, so the
     * page itself makes the requests the worker would make for it (it always fetches from the
     * network first, the same requests through the same cache), and they are counted where
     * Chromium reports them.
     */
    public Transfers transferred(Runnable load) {
        driver.executeCdpCommand("Network.setBypassServiceWorker", java.util.Map.of("bypass", true));
        try {
            driver.manage().logs().get(LogType.PERFORMANCE); // forget what came before
            load.run();
            return networkQuiet();
        } finally {
            driver.executeCdpCommand("Network.setBypassServiceWorker", java.util.Map.of("bypass", false));
        }
    }

    /** Collects network events until every request began has finished and a while passes with none. */
    private Transfers networkQuiet() {
        java.util.Map<String, String> addresses = new java.util.HashMap<>();
        java.util.Map<String, Long> bytes = new java.util.LinkedHashMap<>();
        java.util.Set<String> open = new java.util.HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int quietPolls = 0;
        while (quietPolls < 3) {
            List<LogEntry> entries =
                    driver.manage().logs().get(LogType.PERFORMANCE).getAll();
            for (LogEntry entry : entries) {
                count(entry, addresses, bytes, open);
            }
            quietPolls = entries.isEmpty() && open.isEmpty() ? quietPolls + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("requests still open after 20 s: " + open);
            }
            pause(Duration.ofMillis(200));
        }
        return new Transfers(bytes);
    }

    private static void count(
            LogEntry entry,
            java.util.Map<String, String> addresses,
            java.util.Map<String, Long> bytes,
            java.util.Set<String> open) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> message = (java.util.Map<String, Object>)
                ((java.util.Map<String, Object>) JSON.toType(entry.getMessage(), java.util.Map.class)).get("message");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> params = (java.util.Map<String, Object>) message.get("params");
        String id = String.valueOf(params.get("requestId"));
        switch (String.valueOf(message.get("method"))) {
            case "Network.requestWillBeSent" -> {
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> request = (java.util.Map<String, Object>) params.get("request");
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> redirect = (java.util.Map<String, Object>) params.get("redirectResponse");
                if (redirect != null) { // the redirect's response was its own download
                    add(bytes, addresses.get(id) + " (redirect)", redirect.get("encodedDataLength"));
                }
                addresses.put(id, String.valueOf(request.get("url")));
                open.add(id);
            }
            case "Network.loadingFinished" -> {
                add(bytes, addresses.getOrDefault(id, id), params.get("encodedDataLength"));
                open.remove(id);
            }
            case "Network.loadingFailed" -> open.remove(id);
            default -> {}
        }
    }

    private static void add(java.util.Map<String, Long> bytes, String address, Object length) {
        bytes.merge(address, ((Number) length).longValue(), Long::sum);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Bytes that crossed the network, per address requested (0 for what came from the cache). */
    public record Transfers(java.util.Map<String, Long> bytes) {

        public long total() {
            return bytes.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The bytes of the requests whose address contains {@code part}. */
        public long of(String part) {
            return bytes.entrySet().stream()
                    .filter(e -> e.getKey().contains(part))
                    .mapToLong(java.util.Map.Entry::getValue)
                    .sum();
        }

        /** The total, then each request's bytes and its address without the server's. */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(total() + " B");
            bytes.forEach((address, count) ->
                    text.append(String.format("%n  %7d B  %s", count, address.replaceFirst("^https?://[^/]+", ""))));
            return text.toString();
        }
    }

    /** Forgets everything cached, for a first visit. */
    public void clearCache() {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
    }

    /**
     * Runs axe-core (fetched from npm by the build) on the page and returns its serious and
     * critical violations, one line each.
     */
    public java.util.List<String> seriousAccessibilityProblems() {
        try {
            String axe = Files.readString(Path.of("target", "npm", "node_modules", "axe-core", "axe.min.js"));
            driver.executeScript(axe);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by 'mvn verify' (pre-integration-test)", e);
        }
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(' | '); }));"
                + "}, function (e) { done(['axe failed: ' + e]); });");
        @SuppressWarnings("unchecked")
        java.util.List<String> problems = (java.util.List<String>) result;
        return problems;
    }

    /** Saves what the page looks like to target/screenshots, for a person to look at. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final java.util.Map<Object, Object> workerSessions = new java.util.HashMap<>();
    private int workerMessage;

    /**
     * The network gone or back, for the page and for Saring's service worker alike. DevTools'
     * emulation on the page's session leaves the worker online (it fetched pages the page could
     * not), so the worker's own session gets the same conditions: attached once through the page's
     * session and spoken to with {@code Target.sendMessageToTarget}, as ChromeDriver speaks only to
     * the page.
     */
    public void network(boolean online) {
        java.util.Map<String, Object> conditions =
                java.util.Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1);
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", conditions);
        java.util.Map<String, Object> targets = driver.executeCdpCommand("Target.getTargets", java.util.Map.of());
        for (Object target : (java.util.List<?>) targets.get("targetInfos")) {
            java.util.Map<?, ?> info = (java.util.Map<?, ?>) target;
            if (!"service_worker".equals(info.get("type"))) {
                continue;
            }
            Object session = workerSessions.computeIfAbsent(info.get("targetId"), id -> driver.executeCdpCommand(
                            "Target.attachToTarget", java.util.Map.of("targetId", id, "flatten", false))
                    .get("sessionId"));
            toWorker(session, "{\"method\":\"Network.enable\",\"params\":{}}");
            toWorker(
                    session,
                    "{\"method\":\"Network.emulateNetworkConditions\",\"params\":{\"offline\":" + !online
                            + ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}}");
        }
    }

    private void toWorker(Object session, String command) {
        driver.executeCdpCommand(
                "Target.sendMessageToTarget",
                java.util.Map.of(
                        "sessionId", session, "message", "{\"id\":" + (++workerMessage) + "," + command.substring(1)));
    }

    /** The page as it was last seen, screenshot and HTML, for finding out why a test failed. */
    public void keepLastPage(String name) {
        try {
            screenshot("last-" + name);
            Files.writeString(SCREENSHOTS.resolve("last-" + name + ".html"), driver.getPageSource());
            Files.write(
                    SCREENSHOTS.resolve("last-" + name + ".console.txt"),
                    driver.manage().logs().get("browser").getAll().stream()
                            .map(Object::toString)
                            .toList());
        } catch (RuntimeException | IOException e) {
            // the browser may be gone already; nothing more to keep
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
