package id.saring.view.teach.schoolclass;

import id.saring.classroom.boundary.Assignments;
import id.saring.classroom.boundary.ClassroomException;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import id.saring.view.Moments;
import id.saring.view.teach.ClassBacking;
import id.saring.view.teach.TeachMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The class page's form that gives a course or a module to the class or to some of its students,
 * asking first when the due date lies in the past.
 */
@Named("assignmentForm")
@ViewScoped
public class AssignmentForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Assignments assignments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Moments moments;

    @Inject
    ClassBacking page;

    @Inject
    AssignmentList list;

    private String what;
    private LocalDateTime opens;
    private LocalDateTime due;
    private List<String> students = new ArrayList<>();
    private boolean pastDueAsked;

    public void assign() {
        // Dates in the wrong order are refused as such (give() says so); only a due date that could be
        // meant, but lies in the past, is asked about.
        pastDueAsked = due != null
                && moments.at(due).isBefore(Instant.now())
                && (opens == null || moments.at(due).isAfter(moments.at(opens)));
        if (pastDueAsked) {
            return; // the page asks whether a due date in the past is meant
        }
        give();
    }

    /** The teacher confirmed a due date in the past (work to be recorded as late, say). */
    public void assignPastDue() {
        pastDueAsked = false;
        give();
    }

    public boolean isPastDueAsked() {
        return pastDueAsked;
    }

    private void give() {
        try {
            String[] chosen = String.valueOf(what).split("/", 2);
            assignments.assign(
                    currentUser.getUsername(),
                    page.getId(),
                    chosen[0],
                    chosen.length > 1 ? Optional.of(chosen[1]) : Optional.empty(),
                    moments.at(opens),
                    moments.at(due),
                    Set.copyOf(students));
            Messages.info(TeachMessages.ASSIGNMENT_CREATED);
            list.changed();
            what = null;
            students = new ArrayList<>();
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    /** Opens now unless the teacher says otherwise. */
    public LocalDateTime getOpens() {
        if (opens == null) {
            opens = moments.local(Instant.now()).truncatedTo(ChronoUnit.HOURS);
        }
        return opens;
    }

    public void setOpens(LocalDateTime opens) {
        this.opens = opens;
    }

    /** Due in a week, at the end of the day, unless the teacher says otherwise. */
    public LocalDateTime getDue() {
        if (due == null) {
            due = getOpens().toLocalDate().plusDays(7).atTime(23, 59);
        }
        return due;
    }

    public void setDue(LocalDateTime due) {
        this.due = due;
    }

    public List<String> getStudents() {
        return students;
    }

    public void setStudents(List<String> students) {
        this.students = students;
    }
}
