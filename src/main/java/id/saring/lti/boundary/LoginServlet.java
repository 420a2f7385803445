package id.saring.lti.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Where an LMS starts a launch (OpenID Connect third-party initiated login, GET or POST): Saring
 * answers with a redirect to the platform's authorization address carrying a new state and nonce,
 * and gives the browser a cookie with the state so that the launch can be tied to it. The cookie
 * is SameSite=None (and Secure) over https, so that the platform's cross-site POST of the launch
 * carries it; browsers that block it (an LMS's iframe) launch on the database's state alone.
 */
@WebServlet(ToolAddresses.LOGIN)
public class LoginServlet extends HttpServlet {

    @Inject
    transient LtiLaunches launches;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<LtiLaunches.LoginRedirect> redirect = launches.startLogin(
                request.getParameter("iss"),
                request.getParameter("login_hint"),
                request.getParameter("target_link_uri"),
                request.getParameter("lti_message_hint"),
                request.getParameter("client_id"),
                request.getParameter("lti_deployment_id"),
                ToolAddresses.of(request, ToolAddresses.LAUNCH));
        if (redirect.isEmpty()) {
            response.sendRedirect(request.getContextPath() + LaunchServlet.REFUSED_PAGE);
            return;
        }
        Cookie cookie =
                new Cookie(LtiLaunches.STATE_COOKIE_PREFIX + redirect.get().state(), "1");
        cookie.setPath(request.getContextPath() + ToolAddresses.LAUNCH);
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) LtiLaunches.LOGIN_LIFETIME.toSeconds());
        if (ToolAddresses.isSecure(request)) {
            cookie.setSecure(true);
            cookie.setAttribute("SameSite", "None");
        }
        response.addCookie(cookie);
        response.sendRedirect(redirect.get().url());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
