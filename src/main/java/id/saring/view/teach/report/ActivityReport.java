package id.saring.view.teach.report;

import id.saring.classroom.boundary.ClassReports;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import id.saring.view.Moments;
import id.saring.view.teach.Charts;
import id.saring.view.teach.ReportBacking;
import id.saring.view.teach.TeachMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The report's weekly activity chart: lessons read and quizzes submitted by the class. */
@Named("reportActivity")
@RequestScoped
public class ActivityReport {

    /** Weeks of activity the chart shows. */
    static final int WEEKS = 8;

    @Inject
    ClassReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Moments moments;

    @Inject
    ReportBacking page;

    private String chart;

    /** Chart.js configuration: one pair of bars per week, oldest first. */
    public String getChart() {
        if (chart == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", locale);
            List<ClassReports.Week> weeks =
                    reports.activity(currentUser.getUsername(), page.getId(), page.getCourse(), WEEKS, moments.zone());
            chart = Charts.bars(
                    weeks.stream().map(week -> day.format(week.monday())).toList(),
                    new Charts.Series(
                            Messages.text(locale, TeachMessages.REPORT_ACTIVITY_READ),
                            weeks.stream().map(ClassReports.Week::lessonsRead).toList(),
                            Charts.GREEN),
                    new Charts.Series(
                            Messages.text(locale, TeachMessages.REPORT_ACTIVITY_SUBMITTED),
                            weeks.stream()
                                    .map(ClassReports.Week::quizzesSubmitted)
                                    .toList(),
                            Charts.AMBER));
        }
        return chart;
    }
}
