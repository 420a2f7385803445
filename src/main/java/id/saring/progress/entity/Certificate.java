package id.saring.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A certificate of a completed course. The name and title are kept as they were on the day, so
 * the certificate says the same thing however the account or the course changes later.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(
        name = Certificate.OF_STUDENT,
        query = "select c from Certificate c where c.accountId = :account and c.courseId = :course")
public class Certificate {

    public static final String OF_STUDENT = "Certificate.ofStudent";

    @Id
    @Column(length = 16)
    private String code;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "course_id", nullable = false, length = 64)
    private String courseId;

    @Column(name = "course_version", nullable = false)
    private int courseVersion;

    @Column(name = "student_name", nullable = false, length = 100)
    private String studentName;

    @Column(name = "course_title", nullable = false, length = 300)
    private String courseTitle;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Certificate() {
        // for JPA
    }

    public Certificate(
            String code,
            long accountId,
            String courseId,
            int courseVersion,
            String studentName,
            String courseTitle,
            Instant issuedAt) {
        this.code = Objects.requireNonNull(code);
        this.accountId = accountId;
        this.courseId = Objects.requireNonNull(courseId);
        this.courseVersion = courseVersion;
        this.studentName = Objects.requireNonNull(studentName);
        this.courseTitle = Objects.requireNonNull(courseTitle);
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    public String getCode() {
        return code;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getCourseId() {
        return courseId;
    }

    public int getCourseVersion() {
        return courseVersion;
    }

    public String getStudentName() {
        return studentName;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
