package id.saring.view.learn;

import id.saring.catalog.boundary.Catalog;
import id.saring.classroom.boundary.VisibleCourses;
import id.saring.identity.boundary.SecurityConfiguration;
import id.saring.identity.entity.Role;
import id.saring.infrastructure.i18n.Languages;
import id.saring.infrastructure.web.CsrfToken;
import id.saring.infrastructure.web.DataSaver;
import id.saring.progress.boundary.Progress;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's lesson page (learn/lesson.xhtml) from {@link LessonPages}: rendered by Faces the
 * first time a version's lesson is read in a language, then written from memory with the
 * session's CSRF token and a fresh CSP nonce put in, at about the cost of sending a static file. Only the plain address
 * ({@code ?course=...&lesson=...}) of a published course is served this way, to a logged-in
 * student who may read it, on a GET without a Faces flash message waiting; everything else goes to
 * Faces as before (which answers 404 for a course the student may not open). A kept page is the
 * same for every student, so a teacher's own course is served from memory only after
 * {@link Progress#mayRead} let this student in; a school-wide course asks nothing more.
 * Runs after the filters that switch language and "hemat data" (web.xml) and after the
 * container's role check for /learn/*.
 */
@WebFilter(filterName = "lessonPages", urlPatterns = "/learn/lesson.xhtml")
public class LessonPageFilter extends HttpFilter {

    /** Mojarra's cookie for the flash scope: a message from the last request is waiting to be shown. */
    static final String FLASH_COOKIE = "csfcfc";

    /** The address lesson links have (CourseBacking.lessonUrl); ids are course-file names. */
    private static final Pattern PLAIN_QUERY = Pattern.compile("course=[a-z0-9-]{1,100}&lesson=[a-z0-9-]{1,100}");

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    /**
     * One generator per request thread: a shared SecureRandom (NativePRNG reads /dev/urandom
     * under one lock) made concurrent lesson requests wait on each other for their nonces.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(LessonPageFilter::generator);

    /** Headers of the Faces answer that belong to that answer only, or that this filter sets itself. */
    private static final Set<String> NOT_REPLAYED =
            Set.of("content-security-policy", "set-cookie", "content-length", "date", "content-type");

    /**
     * How long a course's current version number is taken as known: a new version, or a course
     * taken down, reaches the lesson pages within a second, and in between no request asks the
     * database which version is current.
     */
    static final long VERSION_KNOWN_NANOS = TimeUnit.SECONDS.toNanos(1);

    @Inject
    Catalog catalog;

    /** Per published course (a bounded set: unknown ones are not kept), its version and until when. */
    private final ConcurrentMap<String, KnownVersion> versions = new ConcurrentHashMap<>();

    private record KnownVersion(int number, boolean general, long until) {}

    @Inject
    VisibleCourses visibleCourses;

    @Inject
    Progress progress;

    @Inject
    LessonPages pages;

    private String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        policy = config.getServletContext().getInitParameter("primefaces.CSP_POLICY");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<LessonPages.Key> key = key(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String token = CsrfToken.of(request.getSession(true));
        Optional<LessonPages.Page> kept = pages.find(key.get());
        if (kept.isPresent()) {
            send(kept.get(), token, response);
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        if (capture.servedPage()) {
            String html = new String(body, StandardCharsets.UTF_8);
            // A page with a message for this student only is not everyone's page.
            if (!html.contains("<li class=")) {
                LessonPages.Page.of(html, token, capture.nonce(), capture.getContentType(), capture.headers)
                        .ifPresent(page -> pages.keep(key.get(), page));
            }
        }
        if (!capture.error && body.length > 0) {
            response.getOutputStream().write(body);
        }
    }

    private Optional<LessonPages.Key> key(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getQueryString() == null
                || !PLAIN_QUERY.matcher(request.getQueryString()).matches()
                || !SecurityConfiguration.roleOf(request)
                        .filter(Role.STUDENT_NAME::equals)
                        .isPresent()
                || hasFlash(request)) {
            return Optional.empty();
        }
        String course = request.getParameter("course");
        Optional<KnownVersion> known = currentVersion(course);
        if (known.isEmpty()
                || !known.get().general()
                        && !progress.mayRead(request.getUserPrincipal().getName(), course)) {
            return Optional.empty();
        }
        return known.map(KnownVersion::number)
                .map(version -> new LessonPages.Key(
                        course,
                        version,
                        request.getParameter("lesson"),
                        Languages.of(request),
                        DataSaver.isOn(request)));
    }

    /** The course's current version and whether it is school-wide, as known for a second. */
    private Optional<KnownVersion> currentVersion(String course) {
        long now = System.nanoTime();
        KnownVersion known = versions.get(course);
        if (known != null && now - known.until() < 0) {
            return Optional.of(known);
        }
        Optional<KnownVersion> current = catalog.currentVersionNumber(course)
                .map(number -> new KnownVersion(number, visibleCourses.isGeneral(course), now + VERSION_KNOWN_NANOS));
        current.ifPresentOrElse(version -> versions.put(course, version), () -> versions.remove(course));
        return current;
    }

    private static boolean hasFlash(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (FLASH_COOKIE.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void send(LessonPages.Page page, String token, HttpServletResponse response) throws IOException {
        String nonce = page.hasNonce() ? nonce() : "";
        byte[] body = page.with(token, nonce);
        page.headers().forEach(header -> response.addHeader(header.name(), header.value()));
        // The policy as PrimeFaces sends it, with this answer's own nonce.
        response.setHeader("Content-Security-Policy", page.hasNonce() ? policy + " 'nonce-" + nonce + "';" : policy);
        response.setContentType(page.contentType());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String nonce() {
        byte[] random = new byte[18];
        RANDOM.get().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** Keeps what Faces writes, and the headers it sets, until the filter has looked at it. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
        private final List<LessonPages.Header> headers = new ArrayList<>();
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean error;
        private String policy;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean servedPage() {
            return !error
                    && getStatus() == SC_OK
                    && getContentType() != null
                    && getContentType().startsWith("text/html");
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            error = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            error = true;
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            error = true;
            super.sendRedirect(location);
        }

        @Override
        public void setHeader(String name, String value) {
            headers.removeIf(header -> header.name().equalsIgnoreCase(name));
            addKept(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            addKept(name, value);
            super.addHeader(name, value);
        }

        /** The nonce of the policy PrimeFaces sent with the page, if it sent one. */
        String nonce() {
            if (policy == null) {
                return null;
            }
            Matcher nonce = NONCE.matcher(policy);
            return nonce.find() ? nonce.group(1) : null;
        }

        private void addKept(String name, String value) {
            if (name.equalsIgnoreCase("Content-Security-Policy")) {
                policy = value;
            }
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(new LessonPages.Header(name, value));
            }
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking only");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // Kept until the filter has looked at the page.
        }

        @Override
        public void setContentLength(int length) {
            // The length is the filter's to set.
        }

        @Override
        public void setContentLengthLong(long length) {
            // As above.
        }
    }
}
