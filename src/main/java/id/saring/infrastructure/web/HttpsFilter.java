package id.saring.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTPS on a school network: when Saring listens on HTTPS itself ({@code saring.https.port}), a
 * page asked for over plain HTTP is sent to the same address on HTTPS, and every HTTPS answer tells
 * the browser to come back only over HTTPS (HSTS). Offline reading (a service worker) and the
 * {@code Secure} session cookie need it; a student's password crosses the classroom's Wi-Fi.
 *
 * <p>Three kinds of plain request stay plain: one from this machine to {@code localhost} (the
 * README's development address: nothing crosses a network, and browsers already treat localhost as
 * secure), the page that hands out Saring's own certificate authority, which a phone must be able
 * to fetch before it trusts the HTTPS address, and {@code /health}, which balancers and monitors
 * ask over plain HTTP and which says UP or DOWN and nothing a stranger could use. Behind a TLS-terminating balancer (the cluster)
 * Saring has no HTTPS port of its own: the balancer redirects and says {@code X-Forwarded-Proto}.
 */
@WebFilter(filterName = "https", urlPatterns = "/*")
public class HttpsFilter extends HttpFilter {

    /** One year, as the HSTS preload rules ask; no subdomains: the school's other servers are not ours. */
    static final String HSTS = "max-age=31536000";

    /** Reachable over plain HTTP: how to trust Saring's certificate, and the certificate itself. */
    static final Set<String> PLAIN_PATHS = Set.of("/sertifikat.xhtml", CertificateAuthorityServlet.PATH);

    /** MicroProfile Health: {@code /health}, {@code /health/ready}, {@code /health/live}. */
    static final String HEALTH = "/health";

    /** That page's stylesheet and scripts: public files, and the page is unreadable without them. */
    static final String RESOURCES = jakarta.faces.application.ResourceHandler.RESOURCE_IDENTIFIER + "/";

    @Inject
    @ConfigProperty(name = "saring.https.port", defaultValue = "0")
    int httpsPort;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        } else if (httpsPort > 0 && !isLocal(request) && !staysPlain(request)) {
            String query = request.getQueryString();
            String target = "https://" + hostForUrl(request.getServerName()) + (httpsPort == 443 ? "" : ":" + httpsPort)
                    + request.getRequestURI() + (query == null ? "" : "?" + query);
            boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            response.setStatus(safe ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
            response.setHeader("Location", target);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean staysPlain(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PLAIN_PATHS.contains(request.getServletPath())
                || path.startsWith(RESOURCES)
                || path.equals(HEALTH)
                || path.startsWith(HEALTH + "/");
    }

    /** From this machine to this machine by a loopback name: nothing crosses a network. */
    static boolean isLocal(HttpServletRequest request) {
        return isLoopback(request.getRemoteAddr()) && isLoopbackName(request.getServerName());
    }

    private static boolean isLoopbackName(String name) {
        return name.equalsIgnoreCase("localhost") || isLoopback(name);
    }

    private static boolean isLoopback(String address) {
        boolean literal = address != null
                && (address.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                        || address.matches("\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*]?"));
        if (!literal) {
            return false; // a name, not an address: never looked up here
        }
        try {
            return InetAddress.getByName(address.replace("[", "").replace("]", ""))
                    .isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String hostForUrl(String serverName) {
        return serverName.contains(":") && !serverName.startsWith("[") ? "[" + serverName + "]" : serverName;
    }
}
