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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium, sized like a student's phone. Never lets Selenium Manager download a
 * browser: these machines have no internet.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String CSP_VIOLATIONS = "saring-test-csp-violations";

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
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

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
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
     * Bytes this page load moved over the network: the document and everything it pulled, as
     * transferred (compressed, with headers); what came from the cache counts nothing.
     */
    public long transferredBytes() {
        Object bytes = driver.executeScript("var total = 0;"
                + "performance.getEntriesByType('navigation').forEach(function (n) { total += n.transferSize; });"
                + "performance.getEntriesByType('resource').forEach(function (r) { total += r.transferSize; });"
                + "return total;");
        return ((Number) bytes).longValue();
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
