package id.saring.classroom.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Work a teacher gives a class: a whole course or one of its modules, open from one moment and due
 * at another; for the whole class, or only for the students it names.
 */
@Entity
@NamedQuery(
        name = Assignment.OF_CLASS,
        query = "select a from Assignment a where a.classId = :class order by a.dueAt, a.id")
@NamedQuery(
        name = Assignment.OF_CLASSES,
        query = "select a from Assignment a where a.classId in :classes order by a.dueAt, a.id")
@NamedQuery(
        name = Assignment.GATING,
        query = "select a from Assignment a, ClassMember m where m.classId = a.classId and m.accountId = :student"
                + " and a.courseId = :course and a.moduleId = :module")
public class Assignment {

    /** A module's assignments in a student's classes: the ones that may gate its quiz for them. */
    public static final String GATING = "Assignment.gating";

    public static final String OF_CLASS = "Assignment.ofClass";
    public static final String OF_CLASSES = "Assignment.ofClasses";

    @Id
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(name = "course_id", nullable = false, length = 64)
    private String courseId;

    @Column(name = "module_id", length = 64)
    private String moduleId;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Closed by the teacher whatever {@link #opensAt} says, until they open it. */
    @Column(nullable = false)
    private boolean held;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_student", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "account_id")
    private Set<Long> students = new HashSet<>();

    @Version
    private long version;

    protected Assignment() {
        // for JPA
    }

    public Assignment(
            long classId,
            String courseId,
            Optional<String> moduleId,
            Instant opensAt,
            Instant dueAt,
            Set<Long> students,
            Instant createdAt) {
        this.classId = classId;
        this.courseId = Objects.requireNonNull(courseId);
        this.moduleId = moduleId.orElse(null);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.students = new HashSet<>(students);
        reschedule(opensAt, dueAt);
    }

    /** New dates; the due date must come after the opening. */
    public void reschedule(Instant opens, Instant due) {
        Objects.requireNonNull(opens, "An opening date is required.");
        Objects.requireNonNull(due, "A due date is required.");
        if (!due.isAfter(opens)) {
            throw new IllegalArgumentException("Due " + due + " is not after opening " + opens);
        }
        this.opensAt = opens;
        this.dueAt = due;
    }

    /** Whether this work is for the student: everyone in the class, or the ones it names. */
    public boolean isFor(long accountId) {
        return students.isEmpty() || students.contains(accountId);
    }

    /** Open from its opening date on, unless the teacher holds it closed. */
    public boolean isOpen(Instant now) {
        return !held && !now.isBefore(opensAt);
    }

    /**
     * The teacher opens it now ("Buka sekarang"): a held assignment opens again, and one whose
     * opening date is still ahead opens from this moment.
     */
    public void openNow(Instant now) {
        held = false;
        if (now.isBefore(opensAt)) {
            opensAt = now;
        }
    }

    /**
     * The teacher closes it again (opened by mistake): it stays closed, whatever its opening date
     * says, until they open it. Attempts already started are not affected (the gate is only asked
     * for new ones).
     */
    public void hold() {
        held = true;
    }

    public boolean isHeld() {
        return held;
    }

    public boolean isPastDue(Instant now) {
        return now.isAfter(dueAt);
    }

    public Long getId() {
        return id;
    }

    public long getClassId() {
        return classId;
    }

    public String getCourseId() {
        return courseId;
    }

    /** Empty for the whole course. */
    public Optional<String> getModuleId() {
        return Optional.ofNullable(moduleId);
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The students it is limited to; empty for the whole class. */
    public Set<Long> getStudents() {
        return Set.copyOf(students);
    }
}
