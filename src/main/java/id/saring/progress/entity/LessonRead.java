package id.saring.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A student marked a lesson as read. Kept by ids, so it survives new versions of the course. */
@Entity
@Table(name = "lesson_read")
@IdClass(LessonRead.Key.class)
@NamedQuery(
        name = LessonRead.OF_COURSE,
        query = "select r.lessonId from LessonRead r where r.accountId = :account and r.courseId = :course")
public class LessonRead {

    public static final String OF_COURSE = "LessonRead.ofCourse";

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "course_id", length = 64)
    private String courseId;

    @Id
    @Column(name = "lesson_id", length = 64)
    private String lessonId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected LessonRead() {
        // for JPA
    }

    public LessonRead(long accountId, String courseId, String lessonId, Instant readAt) {
        this.accountId = accountId;
        this.courseId = Objects.requireNonNull(courseId);
        this.lessonId = Objects.requireNonNull(lessonId);
        this.readAt = Objects.requireNonNull(readAt);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getCourseId() {
        return courseId;
    }

    public String getLessonId() {
        return lessonId;
    }

    public Instant getReadAt() {
        return readAt;
    }

    /** The primary key. */
    public static class Key implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private long accountId;
        private String courseId;
        private String lessonId;

        public Key() {}

        public Key(long accountId, String courseId, String lessonId) {
            this.accountId = accountId;
            this.courseId = courseId;
            this.lessonId = lessonId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.accountId == accountId
                    && Objects.equals(key.courseId, courseId)
                    && Objects.equals(key.lessonId, lessonId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, courseId, lessonId);
        }
    }
}
