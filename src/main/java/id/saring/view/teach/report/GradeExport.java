package id.saring.view.teach.report;

import id.saring.classroom.boundary.ClassReports;
import id.saring.classroom.control.GradeSheet;
import id.saring.classroom.control.TableExport;
import id.saring.view.CurrentUser;
import id.saring.view.Downloads;
import id.saring.view.teach.ReportBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

/**
 * The grades of the report's course as a spreadsheet. Read again for every download: each one is
 * recorded in the audit trail.
 */
@Named("reportGrades")
@RequestScoped
public class GradeExport {

    @Inject
    ClassReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportBacking page;

    public StreamedContent getCsv() {
        return download("csv", TableExport.CSV_MEDIA_TYPE, TableExport.csv(gradeSheet("csv")));
    }

    public StreamedContent getXlsx() {
        return download("xlsx", TableExport.XLSX_MEDIA_TYPE, TableExport.xlsx(gradeSheet("xlsx")));
    }

    private TableExport.Table gradeSheet(String format) {
        return GradeSheet.of(
                reports.export(currentUser.getUsername(), page.getId(), page.getCourse(), format),
                page.getSchoolClass().getName(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private StreamedContent download(String extension, String type, byte[] bytes) {
        String name =
                ("nilai-" + page.getSchoolClass().getName() + "-" + page.getCourse()).replaceAll("[^A-Za-z0-9-]", "");
        return Downloads.of(name + "." + extension, type, bytes);
    }
}
