package id.saring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP/1.1 client that fills in Faces forms the way a browser would: it reads
 * the page, takes its view state and posts the named fields with the named button. Redirects are
 * not followed, so tests can see them.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient http;
    private final URI base;

    public WebClient(URL base) {
        try {
            this.base = base.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET and follow redirects within the application, as a browser would. */
    public HttpResponse<String> open(String path) {
        HttpResponse<String> response = get(path);
        for (int hops = 0; hops < 5 && isRedirect(response); hops++) {
            response = get(response.headers().firstValue("Location").orElseThrow());
        }
        return response;
    }

    /**
     * Opens {@code path}, then submits the form {@code formId} with {@code fields} (ids relative to
     * the form) by pressing {@code button}.
     */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String button) {
        HttpResponse<String> page = open(path);
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + button, "");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (viewState.find()) {
            form.put("jakarta.faces.ViewState", viewState.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest post = HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(post, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Like {@link #submit}, but posts the form (with the view state of {@code path}) to another
     * address, e.g. the same page with a tampered id in its query: what an attacker would try.
     */
    public HttpResponse<String> submitTo(
            String path, String postPath, String formId, Map<String, String> fields, String button) {
        HttpResponse<String> page = open(path);
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + button, "");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (viewState.find()) {
            form.put("jakarta.faces.ViewState", viewState.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest post = HttpRequest.newBuilder(uri(postPath))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(post, HttpResponse.BodyHandlers.ofString());
    }

    /** A POST without fields, as a plain HTML form button sends it. */
    public HttpResponse<String> post(String path) {
        HttpRequest post = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return send(post, HttpResponse.BodyHandlers.ofString());
    }

    /** A form post with the given URL-encoded body, accepting {@code accept}. */
    public HttpResponse<String> postForm(String path, String body, String accept) {
        HttpRequest post = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(post, HttpResponse.BodyHandlers.ofString());
    }

    /** A form post whose answer is binary (a PDF). */
    public HttpResponse<byte[]> postFormForBytes(String path, String body) {
        HttpRequest post = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(post, HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> logIn(String username, String password) {
        return submit("login.xhtml", "login", Map.of("username", username, "password", password), "submit");
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() / 100 == 3;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
