package id.saring.publishing.boundary;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.catalog.boundary.CourseVersions;
import id.saring.catalog.entity.PublishedCourse;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.yaml.Problems;
import id.saring.publishing.control.NewCourse;
import id.saring.publishing.control.Pictures;
import id.saring.publishing.entity.CourseDraft;
import id.saring.publishing.entity.DraftFile;
import id.saring.publishing.gift.ModuleQuiz;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Drafts of courses written in the browser: starting one from the version students get, saving
 * its files one at a time without overwriting someone else's save, and ending it. Publishing a
 * draft goes through {@link Publisher#publishDraft}, the same checks as a folder or a zip.
 */
@ApplicationScoped
@Transactional
public class Drafts {

    private static final String PICTURE_FOLDER = "gambar/";

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseVersions versions;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    public Optional<CourseDraft> find(String courseId) {
        return courseId == null ? Optional.empty() : Optional.ofNullable(em.find(CourseDraft.class, courseId));
    }

    /**
     * The course's draft; when it has none, a new one holding the files of the version students
     * get now (hidden courses too). Two editors opening at once share one draft.
     *
     * @return empty when there is no such course
     */
    public Optional<CourseDraft> open(String courseId, String by) {
        PublishedCourse course = em.find(PublishedCourse.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null) {
            return Optional.empty();
        }
        CourseDraft existing = em.find(CourseDraft.class, courseId);
        if (existing != null) {
            return Optional.of(existing);
        }
        if (!course.hasVersion()) {
            return Optional.empty();
        }
        int base = course.getCurrentVersion();
        byte[] zip = versions.version(courseId, base).orElseThrow().getFiles();
        CourseFiles files = CourseFiles.zip(courseId, zip, new Problems())
                .orElseThrow(() -> new IllegalStateException("Version " + base + " of " + courseId + " is no zip"));
        Instant now = Instant.now(clock);
        CourseDraft draft = new CourseDraft(courseId, base, by, now);
        em.persist(draft);
        // No mapped relationship tells EclipseLink the draft row must exist before its files.
        em.flush();
        files.all().forEach((path, content) -> em.persist(new DraftFile(courseId, path, content, by, now)));
        return Optional.of(draft);
    }

    /**
     * The draft of a course that has no version yet (a teacher's new course), holding the files
     * it starts with.
     */
    CourseDraft start(String courseId, Map<String, byte[]> files, String by) {
        Instant now = Instant.now(clock);
        CourseDraft draft = new CourseDraft(courseId, 0, by, now);
        em.persist(draft);
        em.flush();
        files.forEach((path, content) -> em.persist(new DraftFile(courseId, path, content, by, now)));
        return draft;
    }

    /**
     * Adds a module's files (lessons, translations, quiz, plan, pictures) to a draft under a
     * folder of its own, after the draft's last module.
     *
     * @param module the module's files, by their path inside its folder
     * @param folder the module's folder as it was named where it came from
     * @return the folder it got in the draft; empty when there is no draft or it already has a
     *     module with the same id (copying it twice would only make a course that cannot publish)
     */
    Optional<String> addModule(String courseId, String folder, Map<String, byte[]> module, String moduleId, String by) {
        if (find(courseId).isEmpty() || moduleIds(courseId).contains(moduleId)) {
            return Optional.empty();
        }
        String target = NewCourse.nextModuleFolder(moduleFolders(courseId), folder);
        Instant now = Instant.now(clock);
        module.forEach((path, content) -> em.persist(new DraftFile(courseId, target + "/" + path, content, by, now)));
        return Optional.of(target);
    }

    /** The module folders of a draft: those with a module.yaml. */
    public List<String> moduleFolders(String courseId) {
        String suffix = "/" + CourseReader.MODULE_FILE;
        return files(courseId).stream()
                .map(DraftFile::getPath)
                .filter(p -> p.endsWith(suffix) && p.indexOf('/') == p.length() - suffix.length())
                .map(p -> p.substring(0, p.length() - suffix.length()))
                .toList();
    }

    private List<String> moduleIds(String courseId) {
        return moduleFolders(courseId).stream()
                .flatMap(folder -> file(courseId, folder + "/" + CourseReader.MODULE_FILE).stream())
                .flatMap(f -> NewCourse.moduleId(f.getContent()).stream())
                .toList();
    }

    /** The ids the draft's course files give (ids are unique in a course), so that questions imported into it get others. */
    public Set<String> idsInUse(String courseId) {
        Set<String> ids = new HashSet<>();
        for (DraftFile file : files(courseId)) {
            if (file.getPath().endsWith(".yaml") || file.getPath().endsWith(".md")) {
                ids.addAll(ModuleQuiz.idsIn(new String(file.getContent(), StandardCharsets.UTF_8)));
            }
        }
        return ids;
    }

    public List<DraftFile> files(String courseId) {
        return em.createNamedQuery(DraftFile.OF_DRAFT, DraftFile.class)
                .setParameter("course", courseId)
                .getResultList();
    }

    public Optional<DraftFile> file(String courseId, String path) {
        return Optional.ofNullable(em.find(DraftFile.class, new DraftFile.Key(courseId, path)));
    }

    /** The draft's files as a course, to check, preview or publish; empty when there is no draft. */
    public Optional<CourseFiles> courseFiles(String courseId) {
        if (find(courseId).isEmpty()) {
            return Optional.empty();
        }
        Map<String, byte[]> files = new TreeMap<>();
        files(courseId).forEach(file -> files.put(file.getPath(), file.getContent()));
        return Optional.of(CourseFiles.of(courseId, files));
    }

    /**
     * Saves a text file of the draft, unless someone else saved it after {@code seenRevision}:
     * then nothing changes and the editor is told who did and when.
     */
    public Saving save(String courseId, String path, String text, int seenRevision, String by) {
        DraftFile file = em.find(DraftFile.class, new DraftFile.Key(courseId, path), LockModeType.PESSIMISTIC_WRITE);
        if (file == null) {
            return new Saving.Gone();
        }
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        if (seenRevision == file.getRevision() && Arrays.equals(content, file.getContent())) {
            return new Saving.Saved(file.getRevision(), file.getChangedAt());
        }
        Instant now = Instant.now(clock);
        return file.change(seenRevision, content, by, now)
                ? new Saving.Saved(file.getRevision(), now)
                : new Saving.Conflict(file.getChangedBy(), file.getChangedAt());
    }

    /**
     * Adds a new text file to the draft.
     *
     * @return empty when there is no draft or the path is taken
     */
    public Optional<DraftFile> add(String courseId, String path, String text, String by) {
        if (find(courseId).isEmpty() || file(courseId, path).isPresent()) {
            return Optional.empty();
        }
        DraftFile file = new DraftFile(courseId, path, text.getBytes(StandardCharsets.UTF_8), by, Instant.now(clock));
        em.persist(file);
        return Optional.of(file);
    }

    /**
     * Adds an uploaded picture to the draft, made fit for phones ({@link Pictures}), in the
     * {@code gambar} folder beside the lesson that shows it.
     *
     * @param lessonPath the lesson the picture is for
     * @return the picture's path as the lesson writes it (relative to the lesson's folder); empty,
     *     with the reason in {@code problems}, when the upload is not a picture it can take
     */
    public Optional<String> addPicture(
            String courseId, String lessonPath, String fileName, byte[] upload, String by, Problems problems) {
        if (find(courseId).isEmpty()) {
            problems.report(fileName, 0, PublishingProblems.DRAFT_GONE);
            return Optional.empty();
        }
        Optional<Pictures.Picture> picture = Pictures.shrink(fileName, upload, problems);
        if (picture.isEmpty()) {
            return Optional.empty();
        }
        int slash = lessonPath.lastIndexOf('/');
        String folder = slash < 0 ? "" : lessonPath.substring(0, slash + 1);
        String stem = stem(fileName);
        String name = PICTURE_FOLDER + stem + "." + picture.get().extension();
        for (int n = 2; file(courseId, folder + name).isPresent(); n++) {
            name = PICTURE_FOLDER + stem + "-" + n + "." + picture.get().extension();
        }
        em.persist(new DraftFile(courseId, folder + name, picture.get().bytes(), by, Instant.now(clock)));
        return Optional.of(name);
    }

    /**
     * Puts a quiz imported from Moodle GIFT into a module of the draft: its quiz file when it has
     * none, else its questions at the end of the module's quiz ({@link ModuleQuiz}).
     *
     * @param folder the module's folder
     * @return the quiz file's path; empty, with the reason in {@code problems}, when the folder is
     *     no module of the draft or its quiz file cannot take the questions at its end
     */
    public Optional<String> importQuiz(String courseId, String folder, String quizYaml, String by, Problems problems) {
        String path = folder + "/" + CourseReader.QUIZ_FILE;
        if (find(courseId).isEmpty()) {
            problems.report(path, 0, PublishingProblems.DRAFT_GONE);
            return Optional.empty();
        }
        if (file(courseId, folder + "/" + CourseReader.MODULE_FILE).isEmpty()) {
            problems.report(folder, 0, PublishingProblems.GIFT_NOT_A_MODULE);
            return Optional.empty();
        }
        DraftFile quiz = em.find(DraftFile.class, new DraftFile.Key(courseId, path), LockModeType.PESSIMISTIC_WRITE);
        Optional<String> merged = ModuleQuiz.withImported(
                Optional.ofNullable(quiz).map(q -> new String(q.getContent(), StandardCharsets.UTF_8)), quizYaml);
        if (merged.isEmpty()) {
            problems.report(path, 0, PublishingProblems.GIFT_QUESTIONS_NOT_LAST);
            return Optional.empty();
        }
        byte[] content = merged.get().getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.now(clock);
        if (quiz == null) {
            em.persist(new DraftFile(courseId, path, content, by, now));
        } else {
            quiz.change(quiz.getRevision(), content, by, now);
        }
        return Optional.of(path);
    }

    /** A file name's stem as a course path can hold it: "Foto WA (2).JPG" gives "foto-wa-2". */
    static String stem(String fileName) {
        String base = fileName.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
        String stem = base.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        stem = stem.length() > 40 ? stem.substring(0, 40).replaceAll("-+$", "") : stem;
        return stem.isEmpty() ? "gambar" : stem;
    }

    /**
     * Ends a draft that was just published, if its files are still the ones published: an edit
     * saved in the meantime keeps the draft, so it is not lost.
     */
    public boolean endPublished(String courseId, String publishedChecksum) {
        boolean unchanged = courseFiles(courseId)
                .map(f -> f.checksum().equals(publishedChecksum))
                .orElse(false);
        if (unchanged) {
            remove(courseId);
        }
        return unchanged;
    }

    /**
     * Throws the draft away; students keep the published version, as they had all along. A
     * teacher's course that was never published goes with its draft: there is nothing left of it.
     */
    public void discard(String courseId) {
        if (find(courseId).isPresent()) {
            remove(courseId);
            em.flush();
            versions.removeNeverPublished(courseId);
            audit.record(AuditEvent.Action.DRAFT_DISCARDED, courseId, null);
        }
    }

    private void remove(String courseId) {
        em.createNamedQuery(DraftFile.DELETE_OF_DRAFT)
                .setParameter("course", courseId)
                .executeUpdate();
        em.remove(em.find(CourseDraft.class, courseId));
    }
}
