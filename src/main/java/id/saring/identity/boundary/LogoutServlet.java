package id.saring.identity.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Logs out with a plain POST from any page. Not a Faces action: the header's form would otherwise
 * post back into whatever view the page is (a lesson, a quiz) and carry its state on every page.
 * The session cookie is SameSite=Lax, so another site cannot make this request with it.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    /** The landing page's parameter that says "you have logged out". */
    public static final String LOGGED_OUT = "keluar";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/?" + LOGGED_OUT);
    }
}
