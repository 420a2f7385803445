package id.saring.view.teach;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.classroom.boundary.Assignments;
import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.control.LoginCards;
import id.saring.classroom.control.Roster;
import id.saring.classroom.entity.Assignment;
import id.saring.classroom.entity.SchoolClass;
import id.saring.infrastructure.i18n.Languages;
import id.saring.infrastructure.i18n.Messages;
import id.saring.view.CurrentUser;
import id.saring.view.Downloads;
import id.saring.view.Moments;
import id.saring.view.NotFound;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * teach/class.xhtml?id=...: one of the teacher's classes, its join code, its students, and the
 * roster import. The passwords of newly imported students stay in this view only until their
 * login cards are downloaded: they are never stored in clear.
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

    @Inject
    Assignments assignments;

    @Inject
    Catalog catalog;

    @Inject
    Moments moments;

    private long id;
    private transient SchoolClass schoolClass;
    private transient List<Classrooms.Member> members;
    private String roster;
    private List<LoginCards.Card> cards = List.of();
    private List<Roster.Line> problems = List.of();
    private transient List<Assignment> given;

    private String what;
    private LocalDateTime opens;
    private LocalDateTime due;
    private List<String> students = new ArrayList<>();
    private boolean pastDueAsked;
    private String moveStudent;
    private Long moveTo;
    private transient List<SchoolClass> otherClasses;

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

    public void upload(FileUploadEvent event) {
        roster = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
    }

    public void importRoster() {
        try {
            Classrooms.Imported imported = classrooms.importRoster(currentUser.getUsername(), id, roster);
            problems = imported.problems();
            cards = imported.cards();
            members = null;
            if (problems.isEmpty()) {
                Messages.info("roster.imported", cards.size());
                roster = null;
            } else {
                Messages.error("roster.refused", problems.size());
            }
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** A student forgot their password: a new one, shown once, with its card. */
    public void resetPassword(String studentUsername) {
        try {
            LoginCards.Card card = classrooms.resetPassword(currentUser.getUsername(), id, studentUsername);
            cards = List.of(card);
            problems = List.of();
            Messages.info("roster.reset", card.name(), card.username(), card.password());
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** Takes a student out of this class; their account and work stay. */
    public void removeMember(String studentUsername) {
        try {
            var student = classrooms.removeMember(currentUser.getUsername(), id, studentUsername);
            Messages.info(
                    "roster.removed", student.getDisplayName(), getSchoolClass().getName());
            members = null;
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** Moves the chosen student to the chosen class of this teacher. */
    public void moveMember() {
        try {
            String name = getMembers().stream()
                    .filter(m -> m.account().getUsername().equals(moveStudent))
                    .map(m -> m.account().getDisplayName())
                    .findFirst()
                    .orElse(String.valueOf(moveStudent));
            SchoolClass to = classrooms.moveMember(currentUser.getUsername(), id, moveStudent, moveTo);
            Messages.info("roster.moved", name, to.getName());
            members = null;
            moveStudent = null;
            moveTo = null;
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    /** The teacher's other classes, where a student can be moved. */
    public List<SchoolClass> getOtherClasses() {
        if (otherClasses == null) {
            otherClasses = classrooms.of(currentUser.getUsername()).stream()
                    .filter(c -> c.getId() != id)
                    .toList();
        }
        return otherClasses;
    }

    public String getMoveStudent() {
        return moveStudent;
    }

    public void setMoveStudent(String moveStudent) {
        this.moveStudent = moveStudent;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }

    /** The class's assignments, soonest due first. */
    public List<Assignment> getAssignments() {
        if (given == null) {
            given = assignments.of(currentUser.getUsername(), id);
        }
        return given;
    }

    /**
     * What can be assigned, one group per published course: the whole course ("course-id"), or
     * one of its modules ("course-id/module-id"). One list, so it works without script.
     */
    public List<SelectItem> choices(String language) {
        List<SelectItem> groups = new ArrayList<>();
        for (Course course : catalog.published()) {
            List<SelectItem> items = new ArrayList<>();
            items.add(new SelectItem(
                    course.id(),
                    Messages.text(
                            Languages.locale(language),
                            "assignment.wholeCourseOf",
                            course.title().in(language))));
            for (Module module : course.modules()) {
                items.add(new SelectItem(
                        course.id() + "/" + module.id(), module.title().in(language)));
            }
            SelectItemGroup group = new SelectItemGroup(course.title().in(language));
            group.setSelectItems(items.toArray(SelectItem[]::new));
            groups.add(group);
        }
        return groups;
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
                getMembers().stream()
                        .filter(m ->
                                assignment.getStudents().contains(m.account().getId()))
                        .map(m -> m.account().getDisplayName())
                        .toList());
    }

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
                    id,
                    chosen[0],
                    chosen.length > 1 ? Optional.of(chosen[1]) : Optional.empty(),
                    moments.at(opens),
                    moments.at(due),
                    Set.copyOf(students));
            Messages.info("assignment.created");
            given = null;
            what = null;
            students = new ArrayList<>();
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public void remove(long assignmentId) {
        try {
            assignments.remove(currentUser.getUsername(), id, assignmentId);
            Messages.info("assignment.removed");
            given = null;
        } catch (ClassroomException e) {
            Messages.error(e.getMessageKey());
        }
    }

    public StreamedContent getLoginCards() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String address = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/";
        byte[] pdf = LoginCards.render(
                getSchoolClass().getName(),
                address,
                cards,
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return Downloads.of(
                "kartu-masuk-" + getSchoolClass().getName().replaceAll("[^A-Za-z0-9]", "") + ".pdf",
                Downloads.PDF,
                pdf);
    }

    public String lineProblem(Roster.Line line) {
        return line.number() + ": " + line.name();
    }

    public List<LoginCards.Card> getCards() {
        return cards;
    }

    public List<Roster.Line> getProblems() {
        return problems;
    }

    public String getRoster() {
        return roster;
    }

    public void setRoster(String roster) {
        this.roster = roster;
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

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
