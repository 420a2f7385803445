package id.saring.lti.entity;

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

/**
 * Where a student's scores at one module's quiz go: the LMS gradebook column (the AGS line item)
 * of the activity they launched, with their user id at the platform. Kept from their newest launch.
 */
@Entity
@Table(name = "lti_grade_link")
@NamedQuery(
        name = GradeLink.OF_QUIZ,
        query = "select g from GradeLink g where g.accountId = :account and g.courseId = :course"
                + " and g.quizId = :quiz order by g.id")
public class GradeLink {

    public static final String OF_QUIZ = "GradeLink.ofQuiz";

    @Id
    @SequenceGenerator(name = "lti_grade_link_seq", sequenceName = "lti_grade_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lti_grade_link_seq")
    private Long id;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "course_id", nullable = false, length = 100)
    private String courseId;

    @Column(name = "quiz_id", nullable = false, length = 100)
    private String quizId;

    @Column(name = "lineitem_url", nullable = false, length = 1000)
    private String lineItemUrl;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected GradeLink() {
        // for JPA
    }

    public GradeLink(
            long platformId,
            long accountId,
            String subject,
            String courseId,
            String quizId,
            String lineItemUrl,
            Instant now) {
        this.platformId = platformId;
        this.accountId = accountId;
        this.subject = Objects.requireNonNull(subject);
        this.courseId = Objects.requireNonNull(courseId);
        this.quizId = Objects.requireNonNull(quizId);
        this.lineItemUrl = Objects.requireNonNull(lineItemUrl);
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** A newer launch of the same activity may name another column (the teacher re-created it). */
    public void pointTo(String lineItemUrl, String subject, Instant now) {
        this.lineItemUrl = Objects.requireNonNull(lineItemUrl);
        this.subject = Objects.requireNonNull(subject);
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPlatformId() {
        return platformId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getSubject() {
        return subject;
    }

    public String getLineItemUrl() {
        return lineItemUrl;
    }

    public boolean isFor(long platformId) {
        return this.platformId == platformId;
    }
}
