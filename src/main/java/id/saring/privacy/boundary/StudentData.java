package id.saring.privacy.boundary;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.classroom.control.TableExport;
import id.saring.classroom.entity.Assignment;
import id.saring.classroom.entity.SchoolClass;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.LoginDevice;
import id.saring.identity.entity.LoginFailures;
import id.saring.identity.entity.Role;
import id.saring.identity.entity.School;
import id.saring.infrastructure.i18n.Messages;
import id.saring.lti.boundary.LtiLinks;
import id.saring.privacy.PrivacyMessages;
import id.saring.privacy.control.StudentJson;
import id.saring.privacy.entity.GuardianConsent;
import id.saring.progress.entity.Certificate;
import id.saring.progress.entity.LessonRead;
import id.saring.quiz.boundary.AttemptRecords;
import id.saring.quiz.entity.Attempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything Saring holds about one student: exported for the student or their guardian (an
 * administrator, or a teacher of one of the student's classes), and erased on request (an
 * administrator only). Both are written to the audit trail in the same transaction.
 */
@ApplicationScoped
@Transactional
public class StudentData {

    private static final Locale AUDIT_LANGUAGE = Locale.forLanguageTag("id");

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    AttemptRecords attemptRecords;

    @Inject
    LtiLinks ltiLinks;

    Clock clock = Clock.systemUTC();

    /** What an erasure removed, for the message to the administrator. */
    public record Erased(long accountId, int classes, int attempts, int lessonsRead, int certificates) {}

    /** A student's account by id; teachers and administrators are not students. */
    public Account student(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new PrivacyException(PrivacyMessages.PRIVACY_NOT_FOUND);
        }
        if (account.getRole() != Role.STUDENT) {
            throw new PrivacyException(PrivacyMessages.PRIVACY_NOT_STUDENT);
        }
        return account;
    }

    /**
     * Everything held about the student, if {@code actorUsername} may see it: an administrator, or a
     * teacher of one of the student's classes (anyone else: "not found", as if there were no such
     * student).
     */
    public StudentJson.Held held(String actorUsername, long accountId) {
        Account student = readable(actorUsername, accountId);
        long id = student.getId();
        Optional<School> school = student.getSchoolId().map(s -> em.find(School.class, s));
        List<StudentJson.Membership> classes = em.createQuery(
                        "select c, m.joinedAt from SchoolClass c, ClassMember m where m.classId = c.id"
                                + " and m.accountId = :student order by m.joinedAt",
                        Object[].class)
                .setParameter("student", id)
                .getResultStream()
                .map(row -> new StudentJson.Membership((SchoolClass) row[0], (Instant) row[1]))
                .toList();
        List<Attempt> attempts = attemptRecords.allOfStudent(id);
        List<LessonRead> reads = em.createQuery(
                        "select r from LessonRead r where r.accountId = :student order by r.readAt", LessonRead.class)
                .setParameter("student", id)
                .getResultList();
        List<Certificate> certificates = em.createQuery(
                        "select c from Certificate c where c.accountId = :student order by c.issuedAt",
                        Certificate.class)
                .setParameter("student", id)
                .getResultList();
        List<Assignment> assignments = classes.isEmpty()
                ? List.of()
                : em.createNamedQuery(Assignment.OF_CLASSES, Assignment.class)
                        .setParameter(
                                "classes",
                                classes.stream()
                                        .map(m -> m.schoolClass().getId())
                                        .toList())
                        .getResultStream()
                        .filter(a -> a.isFor(id))
                        .toList();
        List<AuditEvent> trail = em.createQuery(
                        "select e from AuditEvent e where e.subject = :username order by e.at, e.id", AuditEvent.class)
                .setParameter("username", student.getUsername())
                .getResultList();
        return new StudentJson.Held(
                student,
                school,
                classes,
                Optional.ofNullable(em.find(GuardianConsent.class, id)),
                attempts,
                reads,
                certificates,
                assignments,
                Optional.ofNullable(em.find(LoginFailures.class, student.getUsername())),
                em.createNamedQuery(LoginDevice.OF_USERNAME, LoginDevice.class)
                        .setParameter("username", student.getUsername())
                        .getResultList(),
                trail,
                lms(id, classes),
                Instant.now(clock));
    }

    /** The student's links to the school's LMS (LTI), so that the export is complete. */
    private StudentJson.Lms lms(long id, List<StudentJson.Membership> classes) {
        LtiLinks.Links links = ltiLinks.of(
                id, classes.stream().map(m -> m.schoolClass().getId()).toList());
        return new StudentJson.Lms(
                links.users().stream()
                        .map(u -> new StudentJson.LmsAccount(u.platform(), u.issuer(), u.subject()))
                        .toList(),
                links.courses().stream()
                        .map(c -> new StudentJson.LmsCourse(c.platform(), c.contextId(), c.title(), c.classId()))
                        .toList(),
                links.gradebook().stream()
                        .map(g -> new StudentJson.LmsGradebook(
                                g.platform(), g.course(), g.quiz(), g.lineItem(), g.updatedAt()))
                        .toList());
    }

    /** The JSON document of everything held (audited: "exported data of ..."). */
    public byte[] exportJson(String actorUsername, long accountId) {
        StudentJson.Held held = held(actorUsername, accountId);
        audit.record(AuditEvent.Action.STUDENT_DATA_EXPORTED, held.account().getUsername(), "JSON");
        return StudentJson.bytes(StudentJson.of(held));
    }

    /** The student's attempts and answers as CSV (audited). */
    public byte[] exportCsv(String actorUsername, long accountId) {
        StudentJson.Held held = held(actorUsername, accountId);
        audit.record(AuditEvent.Action.STUDENT_DATA_EXPORTED, held.account().getUsername(), "CSV");
        return TableExport.csv(StudentJson.attempts(held));
    }

    /**
     * Erases a student on request (UU PDP art. 8 and 16): the account and everything attached to
     * it, in one transaction, so that no class report, question analysis, heat map or pre/post
     * comparison counts them any more and their certificates no longer verify. Only an
     * administrator may, and only after typing the student's username again.
     *
     * <p>The audit entry names the account by its number only ("akun siswa #42"): the trail must
     * show who erased an account and when, not keep the child's name or username after they asked
     * to be forgotten. Earlier entries that name the username (account opened, password reset,
     * consent noted) stay, for accountability, for as long as the trail is kept.
     */
    public Erased erase(String adminUsername, long accountId, String typedUsername) {
        Account admin = accounts.getByUsername(adminUsername);
        if (admin.getRole() != Role.ADMIN) {
            throw new PrivacyException(PrivacyMessages.PRIVACY_NOT_FOUND);
        }
        Account student = student(accountId);
        if (typedUsername == null
                || !typedUsername.strip().toLowerCase(Locale.ROOT).equals(student.getUsername())) {
            throw new PrivacyException(PrivacyMessages.PRIVACY_ERASE_CONFIRM_MISMATCH);
        }
        long id = student.getId();
        em.flush();
        em.clear(); // nothing managed may be written back after the rows are gone
        AttemptRecords.Erased attemptsErased = attemptRecords.eraseAllOf(id);
        int reads = delete("delete from lesson_read where account_id = ?1", id);
        int certificates = delete("delete from certificate where account_id = ?1", id);
        int classes = delete("delete from class_member where account_id = ?1", id);
        // Work given to this student alone would, without its one target, become work for the whole
        // class (no targets means the class): it goes with them.
        @SuppressWarnings("unchecked")
        List<Number> ownWork = em.createNativeQuery(
                        "select assignment_id from assignment_student where account_id = ?1"
                                + " and assignment_id not in (select assignment_id from assignment_student where account_id <> ?1)")
                .setParameter(1, id)
                .getResultList();
        delete("delete from assignment_student where account_id = ?1", id);
        for (Number assignment : ownWork) {
            delete("delete from assignment where id = ?1", assignment.longValue());
        }
        for (String failures : List.of("login_failure", "login_device")) {
            em.createNativeQuery("delete from " + failures + " where username = ?1")
                    .setParameter(1, student.getUsername())
                    .executeUpdate();
        }
        delete("delete from guardian_consent where account_id = ?1", id);
        delete("delete from account where id = ?1", id);
        accounts.forgetInRequest(student.getUsername());
        audit.record(
                AuditEvent.Action.STUDENT_ERASED,
                Messages.text(AUDIT_LANGUAGE, PrivacyMessages.PRIVACY_AUDIT_ERASED_SUBJECT, String.valueOf(id)),
                Messages.text(
                        AUDIT_LANGUAGE,
                        PrivacyMessages.PRIVACY_AUDIT_ERASED_DETAIL,
                        classes,
                        attemptsErased.attempts(),
                        attemptsErased.answers(),
                        reads,
                        certificates,
                        ownWork.size()));
        return new Erased(id, classes, attemptsErased.attempts(), reads, certificates);
    }

    private int delete(String sql, long id) {
        return em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }

    private Account readable(String actorUsername, long accountId) {
        Account actor = accounts.getByUsername(actorUsername);
        Account student = student(accountId);
        boolean allowed =
                switch (actor.getRole()) {
                    case ADMIN -> true;
                    case TEACHER ->
                        em.createQuery(
                                                "select count(m) from ClassMember m, SchoolClass c where m.classId = c.id"
                                                        + " and c.teacherId = :teacher and m.accountId = :student",
                                                Long.class)
                                        .setParameter("teacher", actor.getId())
                                        .setParameter("student", student.getId())
                                        .getSingleResult()
                                > 0;
                    case STUDENT -> false;
                };
        if (!allowed) {
            throw new PrivacyException(PrivacyMessages.PRIVACY_NOT_FOUND);
        }
        return student;
    }
}
