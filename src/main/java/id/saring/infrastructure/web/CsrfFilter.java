package id.saring.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses state-changing requests that another site could have made in the user's name
 * (cross-site request forgery). Every POST must come from this site as far as the browser says
 * (Sec-Fetch-Site, Origin); a POST to a plain servlet must also carry the session's
 * {@link CsrfToken}. Faces postbacks carry the server-side view state instead, which another site
 * cannot know. The session cookie is SameSite=Lax as well: three locks, each enough on its own in
 * the browsers that honour it.
 *
 * <p>A refused request gets 403: JSON for the quiz script (which keeps the answer on the device and
 * asks the student to log in again), otherwise a page saying the form was out of date.
 */
@WebFilter(filterName = "csrf", urlPatterns = "/*")
public class CsrfFilter extends HttpFilter {

    /** Request attribute the 403 page reads to say "reload the page" instead of "not for you". */
    public static final String REFUSED = "saring.csrfRefused";

    private static final String REFUSAL_PAGE = "/errors/403.xhtml";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * LTI's addresses, posted to from the school's LMS by design (its login, its launch with a
     * signed ID token) or from inside the LMS's frame without Saring's session cookie (the deep-link
     * answer, which carries its own signed request instead): each checks its own proof, which
     * another site cannot forge.
     */
    private static final Set<String> CROSS_SITE_BY_DESIGN = Set.of("/lti/login", "/lti/launch", "/lti/deep-link");

    private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())
                || CROSS_SITE_BY_DESIGN.contains(request.getServletPath())
                || isAllowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Refused a cross-site " + request.getMethod() + " " + request.getRequestURI() + " (origin "
                + request.getHeader("Origin") + ", fetch site " + request.getHeader("Sec-Fetch-Site") + ")");
        response.setHeader("Cache-Control", "no-store");
        if (JsonReply.isWanted(request)) {
            JsonReply.error(response, HttpServletResponse.SC_FORBIDDEN, "csrf");
        } else {
            // The refusal page is a Faces page: shown as a plain GET, so Faces does not take the
            // refused form's fields for a postback of the refusal page itself.
            request.setAttribute(REFUSED, Boolean.TRUE);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(REFUSAL_PAGE).forward(new WithoutForm(request), response);
        }
    }

    private static boolean isAllowed(HttpServletRequest request) {
        if (!isSameSite(request)) {
            return false;
        }
        if (SecurityHeadersFilter.isFacesPage(request)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            // Nobody is logged in, so there is nobody to act for: the servlets behind /learn send
            // such a request to the login page, and logging out of nothing changes nothing.
            return true;
        }
        // A body too large to be a form is not parsed for its token (RequestLimitsFilter answers 413).
        return CsrfToken.matches(session, request.getHeader(CsrfToken.HEADER))
                || (request.getContentLengthLong() <= RequestLimitsFilter.FORM_LIMIT_BYTES
                        && CsrfToken.matches(session, request.getParameter(CsrfToken.FIELD)));
    }

    /**
     * What the browser says about where the request came from. Browsers since 2020 send
     * Sec-Fetch-Site; Origin is compared with the Host the request was sent to (not with the
     * scheme, which a TLS-terminating proxy changes). Clients that send neither (curl, old
     * browsers) fall through to the token.
     */
    static boolean isSameSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        try {
            URI from = URI.create(origin);
            String authority = from.getPort() == -1 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return authority != null && host != null && authority.equalsIgnoreCase(withoutDefaultPort(host));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String withoutDefaultPort(String host) {
        return host.endsWith(":80") || host.endsWith(":443") ? host.substring(0, host.lastIndexOf(':')) : host;
    }
}
