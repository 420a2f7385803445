package id.saring.view.teach.report;

import id.saring.classroom.boundary.ClassReports;
import id.saring.classroom.control.PrePost;
import id.saring.view.CurrentUser;
import id.saring.view.teach.ReportBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The report's pre-test/post-test section: how the class's discernment changed, by form, by
 * technique and by student. Empty when the course names no pre-test and post-test.
 */
@Named("reportPrePost")
@RequestScoped
public class PrePostReport {

    @Inject
    ClassReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportBacking page;

    private Optional<PrePost> change;

    public PrePost getChange() {
        if (change == null) {
            change = reports.prePost(currentUser.getUsername(), page.getId(), page.getCourse());
        }
        return change.orElse(null);
    }

    /** Whether the class judges true news false more often after the course: cynicism, not discernment. */
    public boolean isMoreCynical() {
        PrePost change = getChange();
        return change != null && change.grewCynical();
    }

    /** A discernment (-1 to 1) as points from -100 to +100, or a dash. */
    public String points(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%+d", Math.round(100 * value.getAsDouble())) : "–";
    }

    /** A share (0 to 1) or a gain as a percentage, or a dash. */
    public String percent(OptionalDouble value) {
        return value.isPresent() ? Math.round(100 * value.getAsDouble()) + "%" : "–";
    }
}
