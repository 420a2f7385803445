package id.saring.publishing.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * One file of a draft. Its revision grows with every save, so an editor who loaded revision 3
 * and saves while the file is at 4 is told that someone else changed it, instead of overwriting.
 */
@Entity
@Table(name = "course_draft_file")
@IdClass(DraftFile.Key.class)
@NamedQuery(name = DraftFile.OF_DRAFT, query = "select f from DraftFile f where f.courseId = :course order by f.path")
@NamedQuery(name = DraftFile.DELETE_OF_DRAFT, query = "delete from DraftFile f where f.courseId = :course")
public class DraftFile {

    public static final String OF_DRAFT = "DraftFile.ofDraft";
    public static final String DELETE_OF_DRAFT = "DraftFile.deleteOfDraft";

    @Id
    @Column(name = "course_id", length = 64)
    private String courseId;

    @Id
    @Column(length = 255)
    private String path;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private int revision;

    @Column(name = "changed_by", nullable = false, length = 40)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DraftFile() {
        // for JPA
    }

    public DraftFile(String courseId, String path, byte[] content, String by, Instant at) {
        this.courseId = Objects.requireNonNull(courseId);
        this.path = Objects.requireNonNull(path);
        this.content = content.clone();
        this.revision = 1;
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    /** Replaces the content, if the editor saw the latest revision; false leaves everything as it was. */
    public boolean change(int seenRevision, byte[] newContent, String by, Instant at) {
        if (seenRevision != revision) {
            return false;
        }
        content = newContent.clone();
        revision++;
        changedBy = Objects.requireNonNull(by);
        changedAt = Objects.requireNonNull(at);
        return true;
    }

    public String getCourseId() {
        return courseId;
    }

    public String getPath() {
        return path;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int getRevision() {
        return revision;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** The primary key: course id and path. */
    public static class Key implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private String courseId;
        private String path;

        public Key() {}

        public Key(String courseId, String path) {
            this.courseId = courseId;
            this.path = path;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.courseId.equals(courseId) && key.path.equals(path);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, path);
        }
    }
}
