package id.saring.view.teach.schoolclass;

import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.entity.SchoolClass;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import id.saring.view.teach.ClassBacking;
import id.saring.view.teach.TeachMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The class page's form that moves a student to another class of the same teacher. */
@Named("memberMove")
@ViewScoped
public class MovePanel implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Classrooms classrooms;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassBacking page;

    private String student;
    private Long to;
    private transient List<SchoolClass> otherClasses;

    /** Moves the chosen student to the chosen class of this teacher. */
    public void move() {
        try {
            String name = page.getMembers().stream()
                    .filter(m -> m.account().getUsername().equals(student))
                    .map(m -> m.account().getDisplayName())
                    .findFirst()
                    .orElse(String.valueOf(student));
            SchoolClass moved = classrooms.moveMember(currentUser.getUsername(), page.getId(), student, to);
            Messages.info(TeachMessages.ROSTER_MOVED, name, moved.getName());
            page.membersChanged();
            student = null;
            to = null;
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** The teacher's other classes, where a student can be moved. */
    public List<SchoolClass> getOtherClasses() {
        if (otherClasses == null) {
            otherClasses = classrooms.of(currentUser.getUsername()).stream()
                    .filter(c -> c.getId() != page.getId())
                    .toList();
        }
        return otherClasses;
    }

    public String getStudent() {
        return student;
    }

    public void setStudent(String student) {
        this.student = student;
    }

    public Long getTo() {
        return to;
    }

    public void setTo(Long to) {
        this.to = to;
    }
}
