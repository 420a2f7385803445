package id.saring.progress.boundary;

import id.saring.catalog.boundary.Catalog;
import id.saring.progress.control.CourseProgress;
import id.saring.progress.control.Route;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** "Selesai, lanjut": marks a lesson read (a plain POST from the lesson page) and goes on. */
@WebServlet("/learn/read")
public class ReadServlet extends HttpServlet {

    @Inject
    transient Progress progress;

    @Inject
    transient Catalog catalog;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String course = String.valueOf(request.getParameter("course"));
        String lesson = String.valueOf(request.getParameter("lesson"));
        try {
            progress.markRead(request.getUserPrincipal().getName(), course, lesson);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String learn = request.getContextPath() + "/learn/";
        Optional<CourseProgress.Step> next = catalog.current(course).flatMap(c -> Route.after(c, lesson));
        response.sendRedirect(next.map(step -> step.kind() == CourseProgress.Step.Kind.LESSON
                        ? learn + "lesson.xhtml?course=" + course + "&lesson=" + step.id()
                        : learn + "quiz.xhtml?course=" + course + "&quiz=" + step.id())
                .orElse(learn + "course.xhtml?id=" + course));
    }
}
