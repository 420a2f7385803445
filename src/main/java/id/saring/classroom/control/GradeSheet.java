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
                text(locale, "admin.users.displayName"),
                text(locale, "admin.users.username"),
                text(locale, "export.progress")));
        for (ProgressGrid.Column column : grid.columns()) {
            String title = column.title().in(locale);
            headers.add(title + " · " + text(locale, "export.state"));
            headers.add(title + " · " + text(locale, "export.score"));
        }
        headers.add(text(locale, "report.stuck"));
        headers.add(text(locale, "report.behind"));
        List<List<Object>> rows = new ArrayList<>();
        for (ProgressGrid.Row row : grid.rows()) {
            List<Object> cells =
                    new ArrayList<>(List.of(row.student().name(), row.student().username(), row.percent()));
            for (ProgressGrid.Cell cell : row.cells()) {
                String state = text(locale, "report.state." + cell.state());
                cells.add(cell.late() ? state + " (" + text(locale, "report.late") + ")" : state);
                cells.add(cell.score().isPresent() ? (Object) cell.score().getAsLong() : null);
            }
            cells.add(row.isStuck() ? text(locale, "export.yes") : "");
            cells.add(row.isBehind() ? text(locale, "export.yes") : "");
            rows.add(cells);
        }
        return new TableExport.Table(className, headers, rows);
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
