package id.saring.publishing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A course being edited in the browser: which published version it started from, and who started
 * it. Its files are {@link DraftFile}s. Students never see a draft; publishing it makes a new
 * version and ends it.
 */
@Entity
@Table(name = "course_draft")
public class CourseDraft {

    @Id
    @Column(name = "course_id", length = 64)
    private String courseId;

    @Column(name = "base_version", nullable = false)
    private int baseVersion;

    @Column(name = "started_by", nullable = false, length = 40)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected CourseDraft() {
        // for JPA
    }

    public CourseDraft(String courseId, int baseVersion, String startedBy, Instant startedAt) {
        this.courseId = Objects.requireNonNull(courseId);
        this.baseVersion = baseVersion;
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    public String getCourseId() {
        return courseId;
    }

    /** The published version whose files the draft started as. */
    public int getBaseVersion() {
        return baseVersion;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
