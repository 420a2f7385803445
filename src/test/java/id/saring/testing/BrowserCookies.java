package id.saring.testing;

import java.net.CookieHandler;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps cookies the way a browser does (RFC 6265): a value is sent back exactly as it was set.
 *
 * <p>{@link java.net.CookieManager} takes any cookie whose {@code Set-Cookie} line contains
 * "version=" for an RFC 2965 cookie and sends it back quoted, with {@code $Version} and {@code $Path}
 * attributes. Payara's session version cookie is named {@code JSESSIONIDVERSION}, so its value
 * {@code 2f:1} came back as {@code "2f:1"}, which Payara 7 cannot parse: the request ended in an
 * empty answer (payara/Payara#7941). No browser sends that, so the tests must not either.
 *
 * <p>One {@link WebClient} talks to one server, whose cookies all have {@code Path=/}: this keeps
 * them by name only.
 */
final class BrowserCookies extends CookieHandler {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    @Override
    public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (cookies.isEmpty()) {
            return Map.of();
        }
        String header = cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        return Map.of("Cookie", List.of(header));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                values.forEach(this::set);
            }
        });
    }

    private void set(String setCookie) {
        String[] parts = setCookie.split(";");
        int equals = parts[0].indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = parts[0].substring(0, equals).trim();
        String value = parts[0].substring(equals + 1).trim();
        boolean expired = false;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim().toLowerCase(Locale.ROOT);
            expired |= attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970");
        }
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
