package id.saring.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Answers what no page of Saring sends with 400 or 413 in the reader's language, before a page or
 * servlet chokes on it with a 500: a form body larger than any form needs, a Faces form posted
 * without the page's CSP nonce (a script or a stale copy, not the page), a login that is not UTF-8.
 * The quiz script asks for JSON and gets JSON, so it keeps the answer on the device and says why.
 * Uploads (multipart) have their own, larger limit ({@link #UPLOAD_LIMIT_BYTES}, as in web.xml).
 */
@WebFilter(filterName = "requestLimits", urlPatterns = "/*")
public class RequestLimitsFilter extends HttpFilter {

    /** The largest form Saring's pages send (a long essay answer, a roster pasted as text) is far below. */
    static final long FORM_LIMIT_BYTES = 1024 * 1024;

    /**
     * The largest upload (a multipart request) the pages take: web.xml's max-request-size and
     * max-file-size of the Faces servlet, which RequestLimitsFilterTest holds equal to this. The
     * container answers a bigger one with a 500 as soon as a parameter is read; this answers 413.
     */
    static final long UPLOAD_LIMIT_BYTES = 61L * 1024 * 1024;

    /**
     * How much of a refused upload is read and thrown away, so that the browser, still sending,
     * gets the answer instead of a reset connection; a bigger one is cut off.
     */
    private static final long DRAINED_BYTES = 4 * UPLOAD_LIMIT_BYTES;

    /** Request attribute the refusal page reads: 400 or 413. */
    public static final String REFUSED_STATUS = "saring.refusedStatus";

    /** Request attribute the refusal page reads for an upload over the limit: the limit in MB. */
    public static final String UPLOAD_LIMIT_MB = "saring.uploadLimitMb";

    private static final String REFUSAL_PAGE = "/errors/400.xhtml";
    /**
     * Where bytes that are not UTF-8 are refused: a browser cannot type them into a username or a
     * password. Elsewhere they arrive as replacement characters in free text (a damaged file pasted
     * into the GIFT converter), which the page itself answers with a better message.
     */
    private static final String LOGIN_PAGE = "/login.xhtml";

    private static final String NONCE = "primefaces.nonce";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final char NOT_UTF8 = '\uFFFD';

    private static final Logger LOG = Logger.getLogger(RequestLimitsFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = String.valueOf(request.getContentType()).toLowerCase();
        if (!type.startsWith("multipart/") && request.getContentLengthLong() > FORM_LIMIT_BYTES) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "tooLarge");
            return;
        }
        if (type.startsWith("multipart/") && request.getContentLengthLong() > UPLOAD_LIMIT_BYTES) {
            request.setAttribute(UPLOAD_LIMIT_MB, UPLOAD_LIMIT_BYTES / (1024 * 1024));
            drain(request);
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "uploadTooLarge");
            return;
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            utf8(request);
            if (request.getServletPath().equals(LOGIN_PAGE) && !isUtf8(request)) {
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "unreadable");
                return;
            }
            if (request.getParameter(VIEW_STATE) != null && request.getParameter(NONCE) == null) {
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "unreadable");
                return;
            }
        }
        chain.doFilter(type.startsWith("multipart/") ? request : new WithoutParts(request), response);
    }

    private static void drain(HttpServletRequest request) {
        try (InputStream body = request.getInputStream()) {
            body.skipNBytes(Math.min(request.getContentLengthLong(), DRAINED_BYTES));
        } catch (IOException e) {
            // The sender stopped sending: there is nobody left to answer.
            LOG.fine(() -> "Upload not drained: " + e);
        }
    }

    /**
     * Reads a form as UTF-8. web.xml's {@code request-character-encoding} already says so for every
     * request, so this only fills in for a container that did not: setting it again once a filter
     * before has read a parameter (the CSRF check does, for every form) changes nothing and makes
     * Payara log a warning each time (50,654 lines in one load benchmark, each taken under the
     * console handler's lock).
     */
    public static void utf8(HttpServletRequest request) throws IOException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
    }

    /** Bytes that are not UTF-8 reach the parameters as replacement characters. */
    private static boolean isUtf8(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream()
                .noneMatch(e -> e.getKey().indexOf(NOT_UTF8) >= 0
                        || Arrays.stream(e.getValue()).anyMatch(v -> v.indexOf(NOT_UTF8) >= 0));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException, ServletException {
        LOG.fine(() -> "Refused " + request.getMethod() + " " + request.getRequestURI() + ": " + reason);
        response.setHeader("Cache-Control", "no-store");
        // An unread body would be taken for the next request on this connection.
        response.setHeader("Connection", "close");
        if (JsonReply.isWanted(request)) {
            JsonReply.error(response, status, reason);
        } else {
            response.setStatus(status);
            request.setAttribute(REFUSED_STATUS, status);
            request.getRequestDispatcher(REFUSAL_PAGE).forward(new WithoutForm(request), response);
        }
    }
}
