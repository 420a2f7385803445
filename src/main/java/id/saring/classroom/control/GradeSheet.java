package id.saring.classroom.control;

import id.saring.infrastructure.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The progress grid as a table to export (CSV or Excel): one row per student; per module its
 * state and quiz score; whether the student is stuck or behind. Scores are numbers, so a
 * spreadsheet can average them.
 */
public final class GradeSheet {

    private GradeSheet() {}

    public static TableExport.Table of(ProgressGrid grid, String className, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(
                text(locale, DownloadMessages.ADMIN_USERS_DISPLAY_NAME),
                text(locale, DownloadMessages.ADMIN_USERS_USERNAME),
                text(locale, DownloadMessages.EXPORT_PROGRESS)));
        for (ProgressGrid.Column column : grid.columns()) {
            String title = column.title().inLocale(locale);
            headers.add(title + " · " + text(locale, DownloadMessages.EXPORT_STATE));
            headers.add(title + " · " + text(locale, DownloadMessages.EXPORT_SCORE));
        }
        headers.add(text(locale, DownloadMessages.REPORT_STUCK));
        headers.add(text(locale, DownloadMessages.REPORT_BEHIND));
        List<List<Object>> rows = new ArrayList<>();
        for (ProgressGrid.Row row : grid.rows()) {
            List<Object> cells =
                    new ArrayList<>(List.of(row.student().name(), row.student().username(), row.percent()));
            for (ProgressGrid.Cell cell : row.cells()) {
                String state = text(locale, DownloadMessages.reportState(cell.state()));
                cells.add(cell.late() ? state + " (" + text(locale, DownloadMessages.REPORT_LATE) + ")" : state);
                cells.add(cell.score().isPresent() ? (Object) cell.score().getAsLong() : null);
            }
            cells.add(row.isStuck() ? text(locale, DownloadMessages.EXPORT_YES) : "");
            cells.add(row.isBehind() ? text(locale, DownloadMessages.EXPORT_YES) : "");
            rows.add(cells);
        }
        return new TableExport.Table(className, headers, rows);
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
