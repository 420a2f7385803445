package id.saring.view.teach;

import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.entity.SchoolClass;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** teach/class.xhtml?id=...: one of the teacher's classes, its join code and its students. */
@Named("teachClass")
@RequestScoped
public class ClassBacking {

    @Inject
    Classrooms classrooms;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private long id;
    private SchoolClass schoolClass;
    private List<Classrooms.Member> members;

    public void load() throws IOException {
        try {
            schoolClass = classrooms.get(currentUser.getUsername(), id);
            members = classrooms.members(currentUser.getUsername(), id);
        } catch (ClassroomException e) {
            NotFound.send(faces);
        }
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public List<Classrooms.Member> getMembers() {
        return members;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
