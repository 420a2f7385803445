package id.saring.view.teach;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.question.Percent;
import id.saring.classroom.boundary.ClassReports;
import id.saring.classroom.boundary.ClassroomException;
import id.saring.quiz.boundary.Attempts;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import id.saring.view.learn.AnswerSheet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * teach/attempt.xhtml?class=...&amp;id=...: a student's submitted attempt, read by their teacher
 * through the same fragments as the student's own review. Only attempts of the teacher's own
 * students open ({@link ClassReports#attempt}).
 */
@Named("teachAttempt")
@RequestScoped
public class AttemptBacking {

    @Inject
    ClassReports reports;

    @Inject
    Attempts attempts;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    private long classId;
    private long id;
    private AnswerSheet sheet;
    private String studentName;

    public void load() throws IOException {
        try {
            var attempt = reports.attempt(currentUser.getUsername(), classId, id);
            sheet = AnswerSheet.of(attempt, attempts, catalog);
            studentName = reports.students(currentUser.getUsername(), classId).stream()
                    .filter(s -> s.id() == attempt.getAccountId())
                    .findFirst()
                    .map(s -> s.name())
                    .orElse("");
        } catch (ClassroomException e) {
            NotFound.send(FacesContext.getCurrentInstance());
        }
    }

    public AnswerSheet getSheet() {
        return sheet;
    }

    public String getStudentName() {
        return studentName;
    }

    public Percent getScore() {
        return sheet.getAttempt().getPercent().orElseThrow();
    }

    public long getClassId() {
        return classId;
    }

    public void setClassId(long classId) {
        this.classId = classId;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
