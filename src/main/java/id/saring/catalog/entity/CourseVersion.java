package id.saring.catalog.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One published version of a course: the exact files it was read from and the tags that were
 * known then. Never changed after it is written.
 */
@Entity
@Table(name = "course_version")
@IdClass(CourseVersion.Key.class)
@NamedQuery(
        name = CourseVersion.OF_COURSE,
        query = "select v from CourseVersion v where v.courseId = :course order by v.number desc")
public class CourseVersion {

    public static final String OF_COURSE = "CourseVersion.ofCourse";

    /** Where a version came from. */
    public enum Source {
        FOLDER,
        UPLOAD,
        /** Written in the browser and published from a draft. */
        EDITOR,
        /** An older version's files, published again as a new version. */
        RESTORE
    }

    @Id
    @Column(name = "course_id", length = 64)
    private String courseId;

    @Id
    private int number;

    @Column(nullable = false, length = 64)
    private String checksum;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] files;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

    @Column(name = "published_by", nullable = false, length = 40)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected CourseVersion() {
        // for JPA
    }

    public CourseVersion(
            String courseId,
            int number,
            String checksum,
            byte[] files,
            byte[] tags,
            Source source,
            String publishedBy,
            Instant publishedAt) {
        this.courseId = Objects.requireNonNull(courseId);
        this.number = number;
        this.checksum = Objects.requireNonNull(checksum);
        this.files = files.clone();
        this.tags = tags.clone();
        this.source = Objects.requireNonNull(source);
        this.publishedBy = Objects.requireNonNull(publishedBy);
        this.publishedAt = Objects.requireNonNull(publishedAt);
    }

    public String getCourseId() {
        return courseId;
    }

    public int getNumber() {
        return number;
    }

    public String getChecksum() {
        return checksum;
    }

    public byte[] getFiles() {
        return files.clone();
    }

    public byte[] getTags() {
        return tags.clone();
    }

    public Source getSource() {
        return source;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** The primary key: course id and version number. */
    public static class Key implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private String courseId;
        private int number;

        public Key() {}

        public Key(String courseId, int number) {
            this.courseId = courseId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.courseId.equals(courseId) && key.number == number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, number);
        }
    }
}
