package id.saring.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A course as Saring serves it: its current version, whether students can see it, and who wrote
 * it. A course a teacher wrote in the browser has that teacher's account as its owner, and is
 * theirs alone ({@link Visibility#OWNER}) until an administrator makes it school-wide; a course
 * from the courses folder or an upload has no owner and is always school-wide.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = PublishedCourse.ALL, query = "select c from PublishedCourse c order by c.id")
@NamedQuery(
        name = PublishedCourse.OWNED_BY,
        query = "select c from PublishedCourse c where c.ownerId = :owner order by c.createdAt desc, c.id")
public class PublishedCourse {

    public static final String ALL = "PublishedCourse.all";
    public static final String OWNED_BY = "PublishedCourse.ownedBy";

    /** Which teachers may see and assign a course. */
    public enum Visibility {
        /** Only its owner. */
        OWNER,
        /** Every teacher. */
        SCHOOL
    }

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "owner_id")
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Visibility visibility = Visibility.SCHOOL;

    @Version
    private long version;

    protected PublishedCourse() {
        // for JPA
    }

    public PublishedCourse(String id, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * A teacher's own course, before its first version: not published, and seen by its owner only.
     */
    public static PublishedCourse ownedBy(String id, long ownerId, Instant createdAt) {
        PublishedCourse course = new PublishedCourse(id, createdAt);
        course.ownerId = ownerId;
        course.visibility = Visibility.OWNER;
        return course;
    }

    /**
     * Changes who may see the course; a course without an owner is always school-wide.
     *
     * @return whether it changed
     */
    public boolean show(Visibility to) {
        Objects.requireNonNull(to);
        if (ownerId == null && to == Visibility.OWNER) {
            throw new IllegalStateException("Course " + id + " has no owner to keep it to.");
        }
        boolean changed = visibility != to;
        visibility = to;
        return changed;
    }

    /** Whether the course is the account's own. */
    public boolean isOwnedBy(long accountId) {
        return ownerId != null && ownerId == accountId;
    }

    /** Whether a teacher may see and assign the course: school-wide ones, and their own. */
    public boolean isVisibleTo(long teacherId) {
        return visibility == Visibility.SCHOOL || isOwnedBy(teacherId);
    }

    /** Whether any version was ever published (a teacher's new course has none yet). */
    public boolean hasVersion() {
        return currentVersion > 0;
    }

    /** Makes a new version the one students get, and shows the course. */
    public void serve(int versionNumber) {
        if (versionNumber <= currentVersion) {
            throw new IllegalArgumentException(
                    "Versions only go forward: " + versionNumber + " after " + currentVersion);
        }
        this.currentVersion = versionNumber;
        this.published = true;
    }

    public void unpublish() {
        this.published = false;
    }

    public void republish() {
        if (currentVersion == 0) {
            throw new IllegalStateException("Course " + id + " has no version to publish.");
        }
        this.published = true;
    }

    public int nextVersionNumber() {
        return currentVersion + 1;
    }

    public String getId() {
        return id;
    }

    public boolean isPublished() {
        return published;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Long> getOwnerId() {
        return Optional.ofNullable(ownerId);
    }

    public Visibility getVisibility() {
        return visibility;
    }
}
