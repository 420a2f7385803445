package id.saring.publishing.boundary;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.catalog.boundary.CourseVersions;
import id.saring.catalog.entity.PublishedCourse;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.yaml.Problems;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import id.saring.publishing.AuthoringMessages;
import id.saring.publishing.control.NewCourse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who writes what. An administrator writes every course; a teacher writes only the courses they
 * own: those they started here, or made of a copied module. Every page, servlet and action of
 * the editor asks {@link #mayWrite} before it shows or changes a draft.
 */
@ApplicationScoped
@Transactional
public class Authoring {

    @Inject
    CourseVersions versions;

    @Inject
    Drafts drafts;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    /** Whether the account may write the course's draft: any course for an administrator, their own for a teacher. */
    public boolean mayWrite(String username, String courseId) {
        Optional<Account> account = accounts.findByUsername(username);
        Optional<PublishedCourse> course = courseId == null ? Optional.empty() : versions.find(courseId);
        if (account.isEmpty() || course.isEmpty()) {
            return false;
        }
        return switch (account.get().getRole()) {
            case ADMIN -> true;
            case TEACHER -> course.get().isOwnedBy(account.get().getId());
            default -> false;
        };
    }

    /** The courses the teacher owns, newest first, published or not. */
    public List<PublishedCourse> own(String username) {
        return versions.ownedBy(accounts.getByUsername(username).getId());
    }

    /**
     * Starts a teacher's own course: only they see it until it is published, and then only they
     * may assign it until an administrator makes it school-wide. It starts as a draft with one
     * module and one empty lesson.
     *
     * @return the new course's id
     * @throws AuthoringException when the title or summary is missing or too long
     */
    public String start(String username, String title, String summary) {
        Account teacher = teacher(username);
        String cleanTitle = required(
                title, AuthoringMessages.TITLE_REQUIRED, NewCourse.MAX_TITLE, AuthoringMessages.TITLE_TOO_LONG);
        String cleanSummary = required(
                summary, AuthoringMessages.SUMMARY_REQUIRED, NewCourse.MAX_SUMMARY, AuthoringMessages.SUMMARY_TOO_LONG);
        String courseId = newCourse(NewCourse.id(cleanTitle), teacher);
        drafts.start(courseId, NewCourse.files(courseId, cleanTitle, cleanSummary), username);
        audit.record(AuditEvent.Action.COURSE_STARTED, courseId, cleanTitle);
        return courseId;
    }

    /**
     * Copies a module of a published course the teacher may see (lessons, translations, quiz,
     * plan and pictures) into one of their drafts, or into a new course of their own named after
     * the module.
     *
     * @param into the teacher's course to add it to; empty for a new course
     * @return the course the module went into
     * @throws AuthoringException when there is no such module for this teacher, the course is
     *     not theirs, or its draft (opened when it has none) has that module already
     */
    public String copyModule(
            String username, String fromCourse, String moduleId, Optional<String> into, String newTitle) {
        Account teacher = teacher(username);
        PublishedCourse source = versions.find(fromCourse)
                .filter(c -> c.isPublished() && c.hasVersion() && c.isVisibleTo(teacher.getId()))
                .orElseThrow(() -> new AuthoringException(AuthoringMessages.NO_SUCH_MODULE));
        CourseFiles files = versions.version(fromCourse, source.getCurrentVersion())
                .flatMap(v -> CourseFiles.zip(fromCourse, v.getFiles(), new Problems()))
                .orElseThrow(() -> new AuthoringException(AuthoringMessages.NO_SUCH_MODULE));
        String folder = moduleFolder(files, moduleId)
                .orElseThrow(() -> new AuthoringException(AuthoringMessages.NO_SUCH_MODULE));
        Map<String, byte[]> module = new TreeMap<>();
        files.all().forEach((path, content) -> {
            if (path.startsWith(folder + "/")) {
                module.put(path.substring(folder.length() + 1), content);
            }
        });
        String target;
        if (into.isPresent()) {
            target = into.filter(id -> versions.find(id)
                            .map(c -> c.isOwnedBy(teacher.getId()))
                            .orElse(false))
                    .filter(id -> drafts.open(id, username).isPresent())
                    .orElseThrow(() -> new AuthoringException(AuthoringMessages.NOT_YOUR_DRAFT));
        } else {
            String title = required(
                    newTitle, AuthoringMessages.TITLE_REQUIRED, NewCourse.MAX_TITLE, AuthoringMessages.TITLE_TOO_LONG);
            target = newCourse(NewCourse.id(title), teacher);
            Map<String, byte[]> course = new TreeMap<>();
            course.put(
                    CourseReader.COURSE_FILE,
                    NewCourse.files(target, title, title).get(CourseReader.COURSE_FILE));
            drafts.start(target, course, username);
            audit.record(AuditEvent.Action.COURSE_STARTED, target, title);
        }
        String added = drafts.addModule(target, folder, module, moduleId, username)
                .orElseThrow(() -> new AuthoringException(AuthoringMessages.MODULE_ALREADY_THERE, moduleId));
        audit.record(AuditEvent.Action.MODULE_COPIED, target, fromCourse + "/" + moduleId + " → " + added);
        return target;
    }

    private static Optional<String> moduleFolder(CourseFiles files, String moduleId) {
        String suffix = "/" + CourseReader.MODULE_FILE;
        return files.paths().stream()
                .filter(p -> p.endsWith(suffix) && p.indexOf('/') == p.length() - suffix.length())
                .filter(p -> NewCourse.moduleId(files.bytes(p))
                        .filter(moduleId::equals)
                        .isPresent())
                .map(p -> p.substring(0, p.length() - suffix.length()))
                .findFirst();
    }

    private String newCourse(String id, Account teacher) {
        for (int n = 1; ; n++) {
            String candidate = NewCourse.alternative(id, n);
            if (versions.startOwned(candidate, teacher.getId()).isPresent()) {
                return candidate;
            }
        }
    }

    private Account teacher(String username) {
        Account account = accounts.getByUsername(username);
        if (account.getRole() != Role.TEACHER) {
            throw new IllegalArgumentException(username + " is no teacher");
        }
        return account;
    }

    private static String required(String text, String missing, int max, String tooLong) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new AuthoringException(missing);
        }
        if (clean.length() > max) {
            throw new AuthoringException(tooLong, max);
        }
        return clean;
    }
}
