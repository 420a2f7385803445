package id.saring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** The page's CSP nonce, which every Faces form carries (CspNonceField). */
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]*)\"");

    /** The session's CSRF token, as every logged-in page carries it in the logout form. */
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;
    private String csrfToken;

    public WebClient(URL base) {
        try {
            this.base = base.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new BrowserCookies())
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

    /** HEAD: the answer's status and headers, no body. */
    public HttpResponse<Void> head(String path) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
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
        return submitForm(page, page.uri(), formId, fields, button);
    }

    /** Submits a form of a page already received (a second step that page offers), to that page's address. */
    public HttpResponse<String> submitOn(
            HttpResponse<String> page, String formId, Map<String, String> fields, String button) {
        return submitForm(page, page.uri(), formId, fields, button);
    }

    private HttpResponse<String> submitForm(
            HttpResponse<String> page, URI target, String formId, Map<String, String> fields, String button) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + button, "");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (viewState.find()) {
            form.put("jakarta.faces.ViewState", viewState.group(1));
        }
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest post = HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(post, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Submits a multipart Faces form ({@code <h:form enctype="multipart/form-data">}) of a page
     * already received, as a browser does: its fields, one chosen file, the button pressed.
     */
    public HttpResponse<String> submitMultipart(
            HttpResponse<String> page,
            String formId,
            Map<String, String> fields,
            String fileField,
            String fileName,
            byte[] file,
            String button) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + button, "");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (viewState.find()) {
            form.put("jakarta.faces.ViewState", viewState.group(1));
        }
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String boundary = "----saring" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        form.forEach((name, value) -> text.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        text.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(formId + ":" + fileField)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest post = HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return send(post, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Like {@link #submit}, but posts the form (with the view state of {@code path}) to another
     * address, e.g. the same page with a tampered id in its query: what an attacker would try.
     */
    public HttpResponse<String> submitTo(
            String path, String postPath, String formId, Map<String, String> fields, String button) {
        return submitForm(open(path), uri(postPath), formId, fields, button);
    }

    /** A POST without fields (but the session's token), as a plain HTML form button sends it. */
    public HttpResponse<String> post(String path) {
        HttpRequest post = withToken(HttpRequest.newBuilder(uri(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return send(post, HttpResponse.BodyHandlers.ofString());
    }

    /** A form post with the given URL-encoded body, accepting {@code accept}. */
    public HttpResponse<String> postForm(String path, String body, String accept) {
        HttpRequest post = withToken(HttpRequest.newBuilder(uri(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(post, HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON post as a script sends it: the session's token in {@code X-CSRF-Token}, asking for JSON. */
    public HttpResponse<String> postJson(String path, String json) {
        return postJson(path, json, csrfToken());
    }

    /** A JSON post with this token (one a script fetched itself, or none when empty). */
    public HttpResponse<String> postJson(String path, String json, String token) {
        HttpRequest.Builder post = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (!token.isEmpty()) {
            post.header("X-CSRF-Token", token);
        }
        return send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post whose answer is binary (a PDF). */
    public HttpResponse<byte[]> postFormForBytes(String path, String body) {
        HttpRequest post = withToken(HttpRequest.newBuilder(uri(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(post, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The hidden fields a Faces form of {@code page} posts back besides its inputs (view state, CSP nonce). */
    public static String facesFields(String page) {
        Matcher viewState = VIEW_STATE.matcher(page);
        Matcher nonce = NONCE.matcher(page);
        if (!viewState.find() || !nonce.find()) {
            throw new IllegalArgumentException("not a page with a Faces form");
        }
        return "jakarta.faces.ViewState=" + encode(viewState.group(1)) + "&primefaces.nonce=" + encode(nonce.group(1));
    }

    /** A form post exactly as given: no token unless the body or {@code headers} hold one. */
    public HttpResponse<String> postRaw(String path, String body, String... headers) {
        HttpRequest.Builder post = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            post.headers(headers);
        }
        return send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session's CSRF token, read from a page as the quiz script reads it (empty when logged out). */
    public String csrfToken() {
        if (csrfToken == null) {
            get("home.xhtml");
        }
        return csrfToken == null ? "" : csrfToken;
    }

    public HttpResponse<String> logIn(String username, String password) {
        csrfToken = null;
        return submit("login.xhtml", "login", Map.of("username", username, "password", password), "submit");
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() / 100 == 3;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder withToken(HttpRequest.Builder request) {
        String token = csrfToken();
        return token.isEmpty() ? request : request.header("X-CSRF-Token", token);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            HttpResponse<T> response = http.send(request, handler);
            if (response.body() instanceof String page) {
                Matcher token = CSRF.matcher(page);
                if (token.find()) {
                    csrfToken = token.group(1);
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
