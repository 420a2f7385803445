package id.saring.lti.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Finishes, in a window of its own, a launch that arrived inside the LMS's frame ({@code
 * /lti/continue?t=<ticket>}, opened by the button of {@link LaunchServlet#NEW_WINDOW}): the ticket
 * is good once and for two minutes ({@link LtiLaunches#resume}); the person is then logged in as
 * from any launch and sent where the launch was going. Anything else ends on the refusal page.
 */
@WebServlet(ToolAddresses.CONTINUE)
public class ContinueServlet extends HttpServlet {

    /** The parameter holding the ticket. */
    public static final String TICKET = "t";

    @Inject
    transient LtiLaunches launches;

    @Inject
    transient SecurityContext securityContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        Optional<LtiLaunches.Launched> resumed = launches.resume(request.getParameter(TICKET));
        if (resumed.isEmpty()) {
            LaunchServlet.refuse(request, response, "an unknown, used or expired continuation");
            return;
        }
        if (LaunchServlet.logIn(
                securityContext, request, response, resumed.get().credential())) {
            response.sendRedirect(request.getContextPath() + resumed.get().path());
        }
    }
}
