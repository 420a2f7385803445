package id.saring.classroom.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A class a teacher runs, e.g. "8B" in 2026/2027, with the code its students join by. */
@Entity
@Table(name = "school_class")
@NamedQuery(
        name = SchoolClass.OF_TEACHER,
        query = "select c from SchoolClass c where c.teacherId = :teacher order by c.schoolYear desc, c.name")
@NamedQuery(name = SchoolClass.BY_CODE, query = "select c from SchoolClass c where c.joinCode = :code")
@NamedQuery(
        name = SchoolClass.OF_SCHOOL,
        query = "select c from SchoolClass c, Account t where t.id = c.teacherId and t.schoolId = :school"
                + " order by c.schoolYear desc, c.name")
public class SchoolClass {

    public static final String OF_TEACHER = "SchoolClass.ofTeacher";
    public static final String BY_CODE = "SchoolClass.byCode";
    public static final String OF_SCHOOL = "SchoolClass.ofSchool";

    @Id
    @SequenceGenerator(name = "school_class_seq", sequenceName = "school_class_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_class_seq")
    private Long id;

    @Column(name = "teacher_id", nullable = false)
    private long teacherId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 10)
    private String grade;

    @Column(name = "school_year", nullable = false, length = 9)
    private String schoolYear;

    @Column(name = "join_code", nullable = false, length = 8)
    private String joinCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When its school year was closed: from then on the class is read-only. */
    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    private long version;

    protected SchoolClass() {
        // for JPA
    }

    public SchoolClass(
            long teacherId, String name, String grade, String schoolYear, String joinCode, Instant createdAt) {
        this.teacherId = teacherId;
        this.name = Objects.requireNonNull(name).strip();
        this.grade = Objects.requireNonNull(grade).strip();
        this.schoolYear = Objects.requireNonNull(schoolYear);
        this.joinCode = Objects.requireNonNull(joinCode);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public boolean isTaughtBy(long accountId) {
        return teacherId == accountId;
    }

    /** Closes the class with its school year: kept, its reports readable, nothing changed any more. */
    public void archive(Instant when) {
        if (archivedAt == null) {
            this.archivedAt = Objects.requireNonNull(when);
        }
    }

    /** Another teacher runs the class from now on (an administrator shares a school's classes out). */
    public void handTo(long teacherId) {
        this.teacherId = teacherId;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Optional<Instant> getArchivedAt() {
        return Optional.ofNullable(archivedAt);
    }

    public Long getId() {
        return id;
    }

    public long getTeacherId() {
        return teacherId;
    }

    public String getName() {
        return name;
    }

    public String getGrade() {
        return grade;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
