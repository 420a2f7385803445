package id.saring.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The login page's "sign in with …" link ({@code /signin?p=<provider id>}): sends the browser to
 * the school's identity provider with a fresh state, nonce and PKCE challenge, which the session
 * keeps for {@link SignInCallbackServlet}. A provider that is unknown or does not answer leads to
 * the sign-in page's explanation instead ({@code signin.xhtml?gagal}).
 */
@WebServlet(SignInStartServlet.PATH)
public class SignInStartServlet extends HttpServlet {

    public static final String PATH = "/signin";

    /** The parameter naming the provider. */
    public static final String PROVIDER = "p";

    /** The session attribute holding the sign-in under way ({@link SignIns.Pending}). */
    static final String PENDING = "saring.signIn";

    @Inject
    transient SignIns signIns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<SignIns.Started> started =
                providerId(request.getParameter(PROVIDER)).flatMap(id -> signIns.start(id, callbackUri(request)));
        if (started.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/signin.xhtml?" + SignInCallbackServlet.FAILED);
            return;
        }
        request.getSession(true).setAttribute(PENDING, started.get().pending());
        response.sendRedirect(started.get().authorization().toString());
    }

    private static Optional<Long> providerId(String given) {
        try {
            return given == null ? Optional.empty() : Optional.of(Long.valueOf(given));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The address the provider sends the browser back to, as the browser reached Saring: the
     * administrator registers exactly this at the provider (the admin page shows it). Behind a
     * TLS-terminating balancer, {@code X-Forwarded-Proto: https} makes it https.
     */
    public static String callbackUri(HttpServletRequest request) {
        boolean secure = request.isSecure()
                || "https"
                        .equals(String.valueOf(request.getHeader("X-Forwarded-Proto"))
                                .toLowerCase(Locale.ROOT));
        String scheme = secure ? "https" : "http";
        int port = request.getServerPort();
        boolean usualPort = (secure && (port == 443 || !request.isSecure())) || (!secure && port == 80);
        String host = request.getServerName();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (usualPort ? "" : ":" + port) + request.getContextPath()
                + SignInCallbackServlet.PATH;
    }
}
