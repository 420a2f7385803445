package id.saring.view;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** home.xhtml: what each role sees first. */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    Catalog catalog;

    private List<Course> courses;

    /** The published courses, open to every student until classes assign them. */
    public List<Course> getCourses() {
        if (courses == null) {
            courses = catalog.published();
        }
        return courses;
    }

    public String megabytes(Course course) {
        return String.format("%.1f", Math.max(0.1, course.downloadBytes() / 1_048_576.0));
    }
}
