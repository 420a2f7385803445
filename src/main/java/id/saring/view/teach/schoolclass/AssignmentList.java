package id.saring.view.teach.schoolclass;

import id.saring.catalog.boundary.Catalog;
import id.saring.classroom.boundary.Assignments;
import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.entity.Assignment;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import id.saring.view.teach.ClassBacking;
import id.saring.view.teach.TeachMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The class page's list of what was given to the class: opening it now (exam day), closing it
 * again, and taking an assignment back.
 */
@Named("assignmentList")
@ViewScoped
public class AssignmentList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Assignments assignments;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassBacking page;

    private transient List<Assignment> given;

    /** The class's assignments, soonest due first. */
    public List<Assignment> getAssignments() {
        if (given == null) {
            given = assignments.of(currentUser.getUsername(), page.getId());
        }
        return given;
    }

    /** A course's or module's title, for the list of assignments. */
    public String title(Assignment assignment, String language) {
        return catalog.current(assignment.getCourseId())
                .map(course -> assignment
                        .getModuleId()
                        .flatMap(course::module)
                        .map(m ->
                                m.title().in(language) + " · " + course.title().in(language))
                        .orElse(course.title().in(language)))
                .orElse(assignment.getCourseId());
    }

    /** Who an assignment is for: the class, or the names of the chosen students. */
    public String audience(Assignment assignment) {
        if (assignment.getStudents().isEmpty()) {
            return "";
        }
        return String.join(
                ", ",
                page.getMembers().stream()
                        .filter(m ->
                                assignment.getStudents().contains(m.account().getId()))
                        .map(m -> m.account().getDisplayName())
                        .toList());
    }

    /**
     * Where the work stands now, for the state column: open, not open yet (its opening date is
     * ahead), or held closed by the teacher. A message key.
     */
    public String state(Assignment assignment) {
        if (assignment.isHeld()) {
            return TeachMessages.ASSIGNMENT_STATE_HELD;
        }
        return assignment.isOpen(Instant.now())
                ? TeachMessages.ASSIGNMENT_STATE_OPEN
                : TeachMessages.ASSIGNMENT_STATE_SCHEDULED;
    }

    public boolean isOpen(Assignment assignment) {
        return assignment.isOpen(Instant.now());
    }

    /** Exam day: the teacher opens the test now, and the students waiting for it get in. */
    public void openNow(long assignmentId) {
        try {
            assignments.openNow(currentUser.getUsername(), page.getId(), assignmentId);
            Messages.info(TeachMessages.ASSIGNMENT_OPENED);
            changed();
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** Opened by mistake: closed again until the teacher opens it. */
    public void close(long assignmentId) {
        try {
            assignments.close(currentUser.getUsername(), page.getId(), assignmentId);
            Messages.info(TeachMessages.ASSIGNMENT_CLOSED_AGAIN);
            changed();
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public void remove(long assignmentId) {
        try {
            assignments.remove(currentUser.getUsername(), page.getId(), assignmentId);
            Messages.info(TeachMessages.ASSIGNMENT_REMOVED);
            changed();
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** Something was assigned or taken back: the list is read again. */
    public void changed() {
        given = null;
    }
}
