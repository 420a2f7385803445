package id.saring.classroom.boundary;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.classroom.ClassroomMessages;
import id.saring.classroom.entity.Assignment;
import id.saring.classroom.entity.SchoolClass;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.entity.Account;
import id.saring.infrastructure.time.SchoolZone;
import id.saring.progress.boundary.Progress;
import id.saring.progress.control.CourseProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Work teachers give their classes, and what each student has to do by when. Teachers change only
 * their own classes' assignments ({@link Classrooms#get} checks); students see only the work
 * given to them.
 */
@ApplicationScoped
@Transactional
public class Assignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    VisibleCourses visibleCourses;

    @Inject
    Classrooms classrooms;

    @Inject
    Catalog catalog;

    @Inject
    Accounts accounts;

    @Inject
    Progress progress;

    @Inject
    AuditLog audit;

    @Inject
    SchoolZone schoolZone;

    @Inject
    TestGate testGate;

    Clock clock = Clock.systemUTC();

    /** Where a student stands with one piece of work. */
    public enum Status {
        /** Not open yet: shown with its opening date. */
        NOT_OPEN,
        /** Closed by the teacher until they open it. */
        HELD,
        OPEN,
        DONE,
        /** Past its due date and not done. */
        LATE
    }

    /** One piece of work as a student sees it. */
    public record Due(
            Assignment assignment, SchoolClass schoolClass, Course course, Optional<Module> module, Status status) {

        /** The course page to go to, at the module when it is one module's work. */
        public String moduleId() {
            return module.map(Module::id).orElse("");
        }
    }

    /**
     * Gives a class (or some of its students) a course or one of its modules.
     *
     * @param students usernames; empty for the whole class
     */
    public Assignment assign(
            String teacherUsername,
            long classId,
            String courseId,
            Optional<String> moduleId,
            Instant opens,
            Instant due,
            Set<String> students) {
        SchoolClass schoolClass = classrooms.getOpen(teacherUsername, classId);
        Course course = catalog.current(courseId)
                .filter(c -> visibleCourses.mayAssign(teacherUsername, c.id()))
                .orElseThrow(() -> new ClassroomException(ClassroomMessages.ASSIGNMENT_NO_COURSE));
        if (moduleId.isPresent() && course.module(moduleId.get()).isEmpty()) {
            throw new ClassroomException(ClassroomMessages.ASSIGNMENT_NO_MODULE);
        }
        if (opens == null || due == null) {
            throw new ClassroomException(ClassroomMessages.ASSIGNMENT_DATES_REQUIRED);
        }
        if (!due.isAfter(opens)) {
            throw new ClassroomException(ClassroomMessages.ASSIGNMENT_DUE_BEFORE_OPEN);
        }
        Set<Long> chosen = new HashSet<>();
        for (String username : students) {
            Account student = accounts.findByUsername(username)
                    .filter(a -> classrooms.isMember(schoolClass.getId(), a.getId()))
                    .orElseThrow(() -> new ClassroomException(ClassroomMessages.CLASS_NOT_FOUND));
            chosen.add(student.getId());
        }
        Assignment assignment =
                new Assignment(schoolClass.getId(), courseId, moduleId, opens, due, chosen, Instant.now(clock));
        em.persist(assignment);
        testGate.forgetGating();
        audit.record(
                AuditEvent.Action.ASSIGNMENT_CREATED,
                schoolClass.getName(),
                courseId + moduleId.map(m -> "/" + m).orElse("") + " " + local(opens) + " – " + local(due));
        return assignment;
    }

    /** The class's assignments, soonest due first. */
    public List<Assignment> of(String teacherUsername, long classId) {
        SchoolClass schoolClass = classrooms.get(teacherUsername, classId);
        return em.createNamedQuery(Assignment.OF_CLASS, Assignment.class)
                .setParameter("class", schoolClass.getId())
                .getResultList();
    }

    public void remove(String teacherUsername, long classId, long assignmentId) {
        SchoolClass schoolClass = classrooms.getOpen(teacherUsername, classId);
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null || assignment.getClassId() != schoolClass.getId()) {
            throw new ClassroomException(ClassroomMessages.ASSIGNMENT_NOT_FOUND);
        }
        em.remove(assignment);
        testGate.forget(assignmentId);
        audit.record(
                AuditEvent.Action.ASSIGNMENT_REMOVED,
                schoolClass.getName(),
                assignment.getCourseId()
                        + assignment.getModuleId().map(m -> "/" + m).orElse(""));
    }

    /** Whether any of the student's classes gave them work from the course (open or not yet). */
    public boolean isGiven(String studentUsername, String courseId) {
        List<SchoolClass> classes = classrooms.joinedBy(studentUsername);
        if (classes.isEmpty()) {
            return false;
        }
        long student = accounts.idOf(studentUsername);
        return em.createNamedQuery(Assignment.OF_CLASSES, Assignment.class)
                .setParameter(
                        "classes", classes.stream().map(SchoolClass::getId).toList())
                .getResultStream()
                .anyMatch(a -> a.getCourseId().equals(courseId) && a.isFor(student));
    }

    /**
     * Opens the work now (exam day: "Buka sekarang"): students waiting for its test get in within
     * seconds, and it stays open from now on.
     */
    public Assignment openNow(String teacherUsername, long classId, long assignmentId) {
        return change(
                teacherUsername,
                classId,
                assignmentId,
                AuditEvent.Action.ASSIGNMENT_OPENED,
                a -> a.openNow(Instant.now(clock)));
    }

    /**
     * Closes the work again, until the teacher opens it (opened by mistake): nobody can start its
     * test; attempts already started go on.
     */
    public Assignment close(String teacherUsername, long classId, long assignmentId) {
        return change(teacherUsername, classId, assignmentId, AuditEvent.Action.ASSIGNMENT_CLOSED, Assignment::hold);
    }

    private Assignment change(
            String teacherUsername,
            long classId,
            long assignmentId,
            AuditEvent.Action action,
            Consumer<Assignment> change) {
        SchoolClass schoolClass = classrooms.get(teacherUsername, classId);
        Assignment assignment = em.find(Assignment.class, assignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (assignment == null || assignment.getClassId() != schoolClass.getId()) {
            throw new ClassroomException(ClassroomMessages.ASSIGNMENT_NOT_FOUND);
        }
        change.accept(assignment);
        testGate.forget(assignmentId);
        audit.record(
                action,
                schoolClass.getName(),
                assignment.getCourseId()
                        + assignment.getModuleId().map(m -> "/" + m).orElse("")
                        + " " + local(Instant.now(clock)));
        return assignment;
    }

    /** The work given to a student in all their classes, due soonest first; late work first of all. */
    public List<Due> forStudent(String studentUsername) {
        long student = accounts.idOf(studentUsername);
        List<SchoolClass> classes = classrooms.joinedBy(studentUsername);
        if (classes.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now(clock);
        List<Due> due = new ArrayList<>();
        Map<String, CourseProgress> byCourse = new HashMap<>();
        em.createNamedQuery(Assignment.OF_CLASSES, Assignment.class)
                .setParameter(
                        "classes", classes.stream().map(SchoolClass::getId).toList())
                .getResultStream()
                .filter(a -> a.isFor(student))
                .forEach(a -> catalog.current(a.getCourseId()).ifPresent(course -> {
                    CourseProgress progress =
                            byCourse.computeIfAbsent(course.id(), id -> this.progress.of(studentUsername, course));
                    Optional<Module> module = a.getModuleId().flatMap(course::module);
                    boolean done = a.getModuleId().isEmpty()
                            ? progress.isComplete()
                            : progress.module(a.getModuleId().get())
                                    .map(CourseProgress.ModuleProgress::isComplete)
                                    .orElse(false);
                    Status status = done
                            ? Status.DONE
                            : a.isHeld()
                                    ? Status.HELD
                                    : !a.isOpen(now) ? Status.NOT_OPEN : a.isPastDue(now) ? Status.LATE : Status.OPEN;
                    SchoolClass schoolClass = classes.stream()
                            .filter(c -> c.getId() == a.getClassId())
                            .findFirst()
                            .orElseThrow();
                    due.add(new Due(a, schoolClass, course, module, status));
                }));
        due.sort(Comparator.comparing((Due d) -> d.status() != Status.LATE)
                .thenComparing(d -> d.status() == Status.DONE)
                .thenComparing(d -> d.assignment().getDueAt()));
        return due;
    }

    /** A moment as the school reads it, for the audit trail: 2026-11-28 23:59 Asia/Jakarta. */
    private String local(Instant moment) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV").format(moment.atZone(schoolZone.zone()));
    }

    /** The key of {@link #dueDates} for work on the whole course. */
    public static final String WHOLE_COURSE = "";

    /**
     * When the student's work in a course is due, by module id ({@link #WHOLE_COURSE} for the whole
     * course): the earliest due date of the open assignments given to them, for the course page.
     */
    public Map<String, Instant> dueDates(String studentUsername, String courseId) {
        Account student = accounts.getByUsername(studentUsername);
        List<Long> classes = classrooms.joinedBy(studentUsername).stream()
                .map(SchoolClass::getId)
                .toList();
        Map<String, Instant> due = new HashMap<>();
        if (classes.isEmpty()) {
            return due;
        }
        Instant now = Instant.now(clock);
        em.createNamedQuery(Assignment.OF_CLASSES, Assignment.class)
                .setParameter("classes", classes)
                .getResultStream()
                .filter(a -> a.getCourseId().equals(courseId) && a.isFor(student.getId()) && a.isOpen(now))
                .forEach(a ->
                        due.merge(a.getModuleId().orElse(WHOLE_COURSE), a.getDueAt(), (x, y) -> x.isBefore(y) ? x : y));
        return due;
    }

    /** When a module of the course is due for a student of the class: the earliest assignment covering it. */
    public static Optional<Instant> dueFor(
            List<Assignment> assignments, long studentId, String courseId, String moduleId) {
        return assignments.stream()
                .filter(a -> a.getCourseId().equals(courseId) && a.isFor(studentId))
                .filter(a -> a.getModuleId().map(moduleId::equals).orElse(true))
                .map(Assignment::getDueAt)
                .min(Comparator.naturalOrder());
    }
}
