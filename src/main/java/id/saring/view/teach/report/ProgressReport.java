package id.saring.view.teach.report;

import id.saring.classroom.boundary.ClassReports;
import id.saring.classroom.control.DownloadMessages;
import id.saring.classroom.control.ProgressGrid;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import id.saring.view.teach.ReportBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/** The report's progress section: students × modules, and who is stuck or behind. */
@Named("reportProgress")
@RequestScoped
public class ProgressReport {

    @Inject
    ClassReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportBacking page;

    private ProgressGrid grid;

    public ProgressGrid getGrid() {
        if (grid == null) {
            grid = reports.grid(currentUser.getUsername(), page.getId(), page.getCourse());
        }
        return grid;
    }

    public long getStuckCount() {
        return getGrid().stuckCount();
    }

    public long getBehindCount() {
        return getGrid().behindCount();
    }

    /** A grid cell in words: "Selesai · 85", "Sedang dikerjakan · terlambat"... */
    public String cellLabel(ProgressGrid.Cell cell) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        StringBuilder label = new StringBuilder(Messages.text(locale, DownloadMessages.reportState(cell.state())));
        cell.score().ifPresent(score -> label.append(" · ").append(score));
        if (cell.late()) {
            label.append(" · ").append(Messages.text(locale, DownloadMessages.REPORT_LATE));
        }
        if (cell.stuck()) {
            label.append(" · ").append(Messages.text(locale, DownloadMessages.REPORT_STUCK));
        }
        return label.toString();
    }
}
