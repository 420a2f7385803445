package id.saring.catalog.boundary;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.catalog.entity.CourseVersion;
import id.saring.catalog.entity.PublishedCourse;
import id.saring.catalog.reading.CourseChanges;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.yaml.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Writes and reads the record of published courses and their versions. */
@ApplicationScoped
@Transactional
public class CourseVersions {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /**
     * Stores a checked course as its next version and serves it, in one transaction: either the
     * new version is complete and current, or nothing changed.
     *
     * @return the new version's number, or empty when the latest version has the same files, or
     *     when a folder brings the same files as the last time it was read: a version written in
     *     the browser or uploaded since then is not undone because the server restarted
     */
    public Optional<Integer> store(
            String courseId, String checksum, byte[] files, byte[] tags, CourseVersion.Source source, String by) {
        Instant now = Instant.now(clock);
        PublishedCourse course = em.find(PublishedCourse.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null) {
            course = new PublishedCourse(courseId, now);
            em.persist(course);
            // No mapped relationship tells EclipseLink the course row must exist first.
            em.flush();
        } else if (latest(courseId).map(v -> v.getChecksum().equals(checksum)).orElse(false)
                || (source == CourseVersion.Source.FOLDER && isLastFromFolder(courseId, checksum))) {
            return Optional.empty();
        }
        int number = course.nextVersionNumber();
        em.persist(new CourseVersion(courseId, number, checksum, files, tags, source, by, now));
        course.serve(number);
        audit.record(AuditEvent.Action.COURSE_PUBLISHED, courseId, "v" + number + " (" + source + ", " + by + ")");
        return Optional.of(number);
    }

    /**
     * Publishes an older version's files again, as a new version: history is never rewritten, and
     * attempts started on any version stay on it.
     *
     * @return the new version's number; empty when there is no such version, or it is the latest
     */
    public Optional<Integer> restore(String courseId, int number, String by) {
        return version(courseId, number)
                .flatMap(old -> store(
                        courseId, old.getChecksum(), old.getFiles(), old.getTags(), CourseVersion.Source.RESTORE, by));
    }

    /**
     * What changed from one version to another (any two, either way round).
     *
     * @return empty when either version does not exist
     */
    public Optional<List<CourseChanges.FileChange>> changes(String courseId, int from, int to) {
        Optional<CourseFiles> older = version(courseId, from).flatMap(CourseVersions::files);
        Optional<CourseFiles> newer = version(courseId, to).flatMap(CourseVersions::files);
        return older.flatMap(o -> newer.map(n -> CourseChanges.between(o, n)));
    }

    private static Optional<CourseFiles> files(CourseVersion version) {
        return CourseFiles.zip(version.getCourseId(), version.getFiles(), new Problems());
    }

    /**
     * A teacher's new course, before its first version: theirs alone, and not published.
     *
     * @return empty when the id is taken
     */
    public Optional<PublishedCourse> startOwned(String courseId, long ownerId) {
        if (find(courseId).isPresent()) {
            return Optional.empty();
        }
        PublishedCourse course = PublishedCourse.ownedBy(courseId, ownerId, Instant.now(clock));
        em.persist(course);
        // No mapped relationship tells EclipseLink the course row must exist before its draft.
        em.flush();
        return Optional.of(course);
    }

    /** Removes a course that never had a version (a teacher's new course whose draft was thrown away). */
    public void removeNeverPublished(String courseId) {
        find(courseId).filter(c -> !c.hasVersion()).ifPresent(em::remove);
    }

    /**
     * An administrator's choice of who may see and assign a teacher's course, kept in the audit
     * trail like publishing and restoring.
     *
     * @return whether it changed (a course without an owner is always school-wide)
     */
    public boolean show(String courseId, PublishedCourse.Visibility visibility) {
        Optional<PublishedCourse> course =
                find(courseId).filter(c -> c.getOwnerId().isPresent());
        if (course.isEmpty()) {
            return false;
        }
        boolean changed = course.get().show(visibility);
        if (changed) {
            audit.record(
                    visibility == PublishedCourse.Visibility.SCHOOL
                            ? AuditEvent.Action.COURSE_SCHOOL_WIDE
                            : AuditEvent.Action.COURSE_OWNER_ONLY,
                    courseId,
                    null);
        }
        return changed;
    }

    /** The courses a teacher owns, newest first. */
    public List<PublishedCourse> ownedBy(long ownerId) {
        return em.createNamedQuery(PublishedCourse.OWNED_BY, PublishedCourse.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    public void unpublish(String courseId) {
        get(courseId).unpublish();
        audit.record(AuditEvent.Action.COURSE_HIDDEN, courseId, null);
    }

    public void republish(String courseId) {
        get(courseId).republish();
        audit.record(AuditEvent.Action.COURSE_SHOWN, courseId, null);
    }

    /**
     * A version of a course as a zip of its folder, for moving it to git or another server; the
     * download is recorded in the audit trail. Hidden courses can be exported too.
     *
     * @param number the version, or empty for the one students get now
     * @return empty when there is no such course or version
     */
    public Optional<CourseExport> export(String courseId, Optional<Integer> number) {
        Optional<CourseVersion> version = exported(courseId, number);
        version.ifPresent(v -> audit.record(AuditEvent.Action.COURSE_EXPORTED, courseId, "v" + v.getNumber()));
        return version.map(CourseExport::of);
    }

    /** The same zip as {@link #export}, for answering a HEAD request: not recorded, as nothing is handed out. */
    public Optional<CourseExport> peek(String courseId, Optional<Integer> number) {
        return exported(courseId, number).map(CourseExport::of);
    }

    private Optional<CourseVersion> exported(String courseId, Optional<Integer> number) {
        return find(courseId).flatMap(course -> version(courseId, number.orElse(course.getCurrentVersion())));
    }

    public List<PublishedCourse> all() {
        return em.createNamedQuery(PublishedCourse.ALL, PublishedCourse.class).getResultList();
    }

    public Optional<PublishedCourse> find(String courseId) {
        return Optional.ofNullable(em.find(PublishedCourse.class, courseId));
    }

    public List<CourseVersion> versions(String courseId) {
        return em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class)
                .setParameter("course", courseId)
                .getResultList();
    }

    public Optional<CourseVersion> version(String courseId, int number) {
        return Optional.ofNullable(em.find(CourseVersion.class, new CourseVersion.Key(courseId, number)));
    }

    private Optional<CourseVersion> latest(String courseId) {
        return versions(courseId).stream().findFirst();
    }

    private boolean isLastFromFolder(String courseId, String checksum) {
        return versions(courseId).stream()
                .filter(v -> v.getSource() == CourseVersion.Source.FOLDER)
                .findFirst()
                .map(v -> v.getChecksum().equals(checksum))
                .orElse(false);
    }

    private PublishedCourse get(String courseId) {
        return find(courseId).orElseThrow(() -> new IllegalArgumentException("No course " + courseId));
    }
}
