package id.saring.view.teach;

import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.entity.SchoolClass;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** teach/classes.xhtml: the teacher's classes and a form that opens a new one. */
@Named("teachClasses")
@ViewScoped
public class ClassesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Classrooms classrooms;

    @Inject
    CurrentUser currentUser;

    private transient List<SchoolClass> classes;

    private String name;
    private String grade;
    private String schoolYear = currentSchoolYear();

    public List<SchoolClass> getClasses() {
        if (classes == null) {
            classes = classrooms.of(currentUser.getUsername());
        }
        return classes;
    }

    public long memberCount(SchoolClass schoolClass) {
        return classrooms.memberCount(schoolClass.getId());
    }

    public void create() {
        try {
            SchoolClass created = classrooms.create(currentUser.getUsername(), name, grade, schoolYear);
            Messages.info(TeachMessages.CLASS_CREATED, created.getName(), created.getJoinCode());
            classes = null;
            name = null;
            grade = null;
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** The Indonesian school year starts in July. */
    static String currentSchoolYear() {
        LocalDate today = LocalDate.now();
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        return start + "/" + (start + 1);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }
}
