package id.saring.view.teach;

import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.entity.SchoolClass;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * teach/class.xhtml?id=...: one of the teacher's classes, its join code and its students. Each
 * panel of the page has its own bean in {@code view.teach.schoolclass}; every one of them asks the
 * boundaries with this class's id, and the boundaries check the class is the teacher's.
 */
@Named("teachClass")
@ViewScoped
public class ClassBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Classrooms classrooms;

    @Inject
    CurrentUser currentUser;

    private long id;
    private transient SchoolClass schoolClass;
    private transient List<Classrooms.Member> members;

    public void load() throws IOException {
        try {
            getSchoolClass();
        } catch (ClassroomException e) {
            NotFound.send(FacesContext.getCurrentInstance());
        }
    }

    public SchoolClass getSchoolClass() {
        if (schoolClass == null) {
            schoolClass = classrooms.get(currentUser.getUsername(), id);
        }
        return schoolClass;
    }

    public List<Classrooms.Member> getMembers() {
        if (members == null) {
            members = classrooms.members(currentUser.getUsername(), id);
        }
        return members;
    }

    /** Students joined, left or moved: the roster is read again. */
    public void membersChanged() {
        members = null;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
