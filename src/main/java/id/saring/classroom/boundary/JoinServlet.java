package id.saring.classroom.boundary;

import id.saring.infrastructure.web.RequestLimitsFilter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A student joins a class with its code (a plain POST from the home page). */
@WebServlet("/learn/join")
public class JoinServlet extends HttpServlet {

    /** The home page's join box, where the result is shown: the browser scrolls to it. */
    private static final String RESULT = "#join-class";

    @Inject
    transient Classrooms classrooms;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestLimitsFilter.utf8(request);
        String home = request.getContextPath() + "/home.xhtml";
        try {
            var joined = classrooms.join(request.getUserPrincipal().getName(), request.getParameter("code"));
            response.sendRedirect(
                    home + "?joined=" + URLEncoder.encode(joined.getName(), StandardCharsets.UTF_8) + RESULT);
        } catch (ClassroomException e) {
            response.sendRedirect(
                    home + "?joinRefused=" + URLEncoder.encode(e.getMessageKey(), StandardCharsets.UTF_8) + RESULT);
        }
    }
}
