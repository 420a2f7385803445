package id.saring.lti.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where the platform posts the launch ({@code id_token} and {@code state}). {@link LtiLaunches}
 * checks everything; the person is logged in exactly as with a password (a new session id) and
 * sent to the module, their class or their home page. A teacher's deep-linking launch goes to the
 * module picker ({@value #PICKER}), which is shown inside the LMS. A launch that arrives inside the
 * LMS's frame (Moodle's "Embed") is finished in a new window instead ({@value #NEW_WINDOW}, {@link
 * ContinueServlet}). Refused launches go to {@value #REFUSED_PAGE}, which says so in the person's
 * language.
 */
@WebServlet(ToolAddresses.LAUNCH)
public class LaunchServlet extends HttpServlet {

    public static final String REFUSED_PAGE = "/lti.xhtml";

    /** The module picker a deep-linking launch is forwarded to, with {@link #DEEP_LINK_REQUEST}. */
    public static final String PICKER = "/lti/pick";

    /** Request attribute: the {@link LtiLaunches.DeepLinkRequest} the picker answers. */
    public static final String DEEP_LINK_REQUEST = "saring.lti.deepLinkRequest";

    /**
     * The page a launch that arrived inside the LMS's frame is forwarded to, with {@link
     * #CONTINUATION} and {@link #LMS_ADDRESS}: it offers to open Saring in a window of its own.
     */
    public static final String NEW_WINDOW = "/lti/window";

    /** Request attributes: the ticket that finishes the launch in a new window, and the LMS's address. */
    public static final String CONTINUATION = "saring.lti.continuation";

    public static final String LMS_ADDRESS = "saring.lti.lmsAddress";

    private static final Logger LOG = Logger.getLogger(LaunchServlet.class.getName());

    @Inject
    transient LtiLaunches launches;

    @Inject
    transient SecurityContext securityContext;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        String state = request.getParameter("state");
        Optional<String> browserState = cookieStates(request)
                .map(names -> names.equals(LtiLaunches.STATE_COOKIE_PREFIX + state) ? state : "another");
        LtiLaunches.Outcome outcome = launches.launch(state, request.getParameter("id_token"), browserState);
        forgetState(request, response, state);
        switch (outcome) {
            case LtiLaunches.Refused refused -> refuse(request, response, refused.reason());
            case LtiLaunches.Launched launched -> {
                if (framed(request)) {
                    // In another site's frame the browser neither keeps Saring's (SameSite=Lax) session
                    // cookie nor shows Saring's pages (frame-ancestors 'self'): finish in a new window.
                    request.setAttribute(CONTINUATION, launches.continuation(launched));
                    request.setAttribute(LMS_ADDRESS, launched.lmsAddress());
                    request.getRequestDispatcher(NEW_WINDOW).forward(request, response);
                } else if (logIn(securityContext, request, response, launched.credential())) {
                    response.sendRedirect(request.getContextPath() + launched.path());
                }
            }
            case LtiLaunches.DeepLinking deepLinking -> {
                if (logIn(securityContext, request, response, deepLinking.credential())) {
                    request.setAttribute(DEEP_LINK_REQUEST, deepLinking.request());
                    request.getRequestDispatcher(PICKER).forward(request, response);
                }
            }
        }
    }

    /**
     * Whether the browser loads the launch into a frame (Fetch Metadata's {@code Sec-Fetch-Dest},
     * sent by Chromium, Firefox and Safari): an LMS whose activity opens "embedded".
     */
    static boolean framed(HttpServletRequest request) {
        String destination = request.getHeader("Sec-Fetch-Dest");
        return "iframe".equals(destination) || "frame".equals(destination);
    }

    /** Logs the person in exactly as with a password, with a new session id; a refusal otherwise. */
    static boolean logIn(
            SecurityContext securityContext,
            HttpServletRequest request,
            HttpServletResponse response,
            LtiCredential credential)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            request.logout(); // someone else was still logged in on this shared PC
        }
        AuthenticationStatus status =
                securityContext.authenticate(request, response, withParams().credential(credential));
        if (status != AuthenticationStatus.SUCCESS) {
            refuse(request, response, "the account " + credential.getUsername() + " could not log in");
            return false;
        }
        request.changeSessionId();
        return true;
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        LOG.warning(() -> "Refused an LTI launch: " + reason);
        response.sendRedirect(request.getContextPath() + REFUSED_PAGE);
    }

    /**
     * The name of this browser's login cookie for this state, when it sent Saring's login cookies
     * back at all: one with another name means another browser started this login.
     */
    private static Optional<String> cookieStates(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        String state = request.getParameter("state");
        var ours = Arrays.stream(cookies)
                .map(Cookie::getName)
                .filter(name -> name.startsWith(LtiLaunches.STATE_COOKIE_PREFIX))
                .toList();
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ours.stream()
                .filter(name -> name.equals(LtiLaunches.STATE_COOKIE_PREFIX + state))
                .findFirst()
                .orElse(ours.get(0)));
    }

    private static void forgetState(HttpServletRequest request, HttpServletResponse response, String state) {
        if (state == null || state.length() > 64) {
            return;
        }
        Cookie gone = new Cookie(LtiLaunches.STATE_COOKIE_PREFIX + state, "");
        gone.setPath(request.getContextPath() + ToolAddresses.LAUNCH);
        gone.setMaxAge(0);
        gone.setHttpOnly(true);
        if (ToolAddresses.isSecure(request)) {
            gone.setSecure(true);
            gone.setAttribute("SameSite", "None");
        }
        response.addCookie(gone);
    }
}
