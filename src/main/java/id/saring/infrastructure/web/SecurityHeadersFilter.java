package id.saring.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no MIME sniffing, no framing by other sites, little referrer,
 * and the Content-Security-Policy of web.xml ({@value #POLICY_PARAMETER}) on responses that are not
 * Faces pages (media, PDFs, JSON, redirects). Faces pages get that policy from PrimeFaces' CSP mode
 * with a fresh nonce; sending it here as well would add a second policy without the nonce.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    private String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        policy = config.getServletContext().getInitParameter(POLICY_PARAMETER);
        if (policy == null || !policy.contains("script-src")) {
            throw new ServletException("web.xml must give a Content-Security-Policy in " + POLICY_PARAMETER);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!isFacesPage(request)) {
            response.setHeader("Content-Security-Policy", policy);
        }
        chain.doFilter(request, response);
    }

    /** A request the Faces servlet answers: a page (whose policy PrimeFaces sends) or a script or stylesheet. */
    static boolean isFacesPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.endsWith(".xhtml") || path.equals("/") || path.isEmpty();
    }
}
