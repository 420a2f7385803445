package id.saring.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A course as Saring serves it: its current version, and whether students can see it. */
@Entity
@Table(name = "course")
@NamedQuery(name = PublishedCourse.ALL, query = "select c from PublishedCourse c order by c.id")
public class PublishedCourse {

    public static final String ALL = "PublishedCourse.all";

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PublishedCourse() {
        // for JPA
    }

    public PublishedCourse(String id, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.createdAt = Objects.requireNonNull(createdAt);
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
}
