package id.saring.lti.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Saring's addresses as a tool, as the browser reached Saring: the administrator registers exactly
 * these at the LMS (admin/lti.xhtml shows them). Behind a TLS-terminating balancer, {@code
 * X-Forwarded-Proto: https} makes them https.
 */
public final class ToolAddresses {

    public static final String LOGIN = "/lti/login";
    public static final String LAUNCH = "/lti/launch";
    public static final String JWKS = "/lti/jwks";
    public static final String DEEP_LINK = "/lti/deep-link";

    /** Where a launch that arrived inside the LMS's frame is finished in a new window. */
    public static final String CONTINUE = "/lti/continue";

    private ToolAddresses() {}

    /** Whether the browser reached Saring over https (directly or through a balancer). */
    public static boolean isSecure(HttpServletRequest request) {
        return request.isSecure()
                || "https"
                        .equals(String.valueOf(request.getHeader("X-Forwarded-Proto"))
                                .toLowerCase(Locale.ROOT));
    }

    /** The address of one of Saring's paths, e.g. {@code of(request, LAUNCH)}. */
    public static String of(HttpServletRequest request, String path) {
        boolean secure = isSecure(request);
        String scheme = secure ? "https" : "http";
        int port = request.getServerPort();
        boolean usualPort = (secure && (port == 443 || !request.isSecure())) || (!secure && port == 80);
        String host = request.getServerName();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (usualPort ? "" : ":" + port) + request.getContextPath() + path;
    }
}
