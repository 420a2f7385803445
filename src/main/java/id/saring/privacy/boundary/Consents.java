package id.saring.privacy.boundary;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.entity.SchoolClass;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import id.saring.infrastructure.i18n.Messages;
import id.saring.infrastructure.time.SchoolZone;
import id.saring.privacy.PrivacyMessages;
import id.saring.privacy.entity.GuardianConsent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Guardians' consent, noted by a teacher of one of the student's classes. Missing consent blocks
 * nothing: collecting the forms is the school's duty, Saring shows the teacher who is missing.
 * Every noting and withdrawal is written to the audit trail in the same transaction, without the
 * guardian's name (the consent row holds it; the trail needs only who did what, when).
 */
@ApplicationScoped
@Transactional
public class Consents {

    /** Consent given before this is a typing mistake, not a form from the drawer. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private static final Locale AUDIT_LANGUAGE = Locale.forLanguageTag("id");

    @PersistenceContext
    EntityManager em;

    @Inject
    Classrooms classrooms;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    SchoolZone schoolZone;

    Clock clock = Clock.systemUTC();

    /**
     * Notes (or replaces) the consent of a student of one of the teacher's classes.
     *
     * @throws PrivacyException with the key of the first rule the input breaks; another teacher's
     *     class or a student not in the class answers "not found"
     */
    public GuardianConsent record(
            String teacherUsername,
            long classId,
            String studentUsername,
            String guardianName,
            GuardianConsent.Relation relation,
            GuardianConsent.Method method,
            LocalDate givenOn) {
        SchoolClass schoolClass = ownClass(teacherUsername, classId);
        Account student = member(schoolClass, studentUsername);
        if (guardianName == null || guardianName.isBlank()) {
            throw new PrivacyException(PrivacyMessages.CONSENT_NAME_REQUIRED);
        }
        if (guardianName.strip().length() > GuardianConsent.MAX_NAME) {
            throw new PrivacyException(PrivacyMessages.CONSENT_NAME_TOO_LONG);
        }
        if (relation == null) {
            throw new PrivacyException(PrivacyMessages.CONSENT_RELATION_REQUIRED);
        }
        if (method == null) {
            throw new PrivacyException(PrivacyMessages.CONSENT_METHOD_REQUIRED);
        }
        if (givenOn == null) {
            throw new PrivacyException(PrivacyMessages.CONSENT_DATE_REQUIRED);
        }
        if (givenOn.isAfter(LocalDate.now(clock.withZone(schoolZone.zone())))) {
            throw new PrivacyException(PrivacyMessages.CONSENT_DATE_IN_FUTURE);
        }
        if (givenOn.isBefore(EARLIEST)) {
            throw new PrivacyException(PrivacyMessages.CONSENT_DATE_TOO_EARLY);
        }
        Instant now = Instant.now(clock);
        GuardianConsent consent = em.find(GuardianConsent.class, student.getId());
        if (consent == null) {
            consent =
                    new GuardianConsent(student.getId(), guardianName, relation, method, givenOn, teacherUsername, now);
            em.persist(consent);
        } else {
            consent.replace(guardianName, relation, method, givenOn, teacherUsername, now);
        }
        audit.record(
                AuditEvent.Action.CONSENT_RECORDED,
                student.getUsername(),
                schoolClass.getName() + ": " + describe(consent, AUDIT_LANGUAGE));
        return consent;
    }

    /** Removes a student's consent (the guardian withdrew it, or it was noted by mistake). */
    public void withdraw(String teacherUsername, long classId, String studentUsername) {
        SchoolClass schoolClass = ownClass(teacherUsername, classId);
        Account student = member(schoolClass, studentUsername);
        GuardianConsent consent = em.find(GuardianConsent.class, student.getId());
        if (consent == null) {
            throw new PrivacyException(PrivacyMessages.CONSENT_NONE);
        }
        em.remove(consent);
        audit.record(AuditEvent.Action.CONSENT_WITHDRAWN, student.getUsername(), schoolClass.getName());
    }

    public Optional<GuardianConsent> of(long accountId) {
        return Optional.ofNullable(em.find(GuardianConsent.class, accountId));
    }

    /** The consents of these students, by account id: one query for a class's roster. */
    public Map<Long, GuardianConsent> of(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(GuardianConsent.OF_STUDENTS, GuardianConsent.class)
                .setParameter("accounts", List.copyOf(accountIds))
                .getResultStream()
                .collect(Collectors.toMap(GuardianConsent::getAccountId, Function.identity()));
    }

    /** The students who have consent, for the administrator's list of every account. */
    public Set<Long> studentsWithConsent() {
        return new HashSet<>(
                em.createNamedQuery(GuardianConsent.ALL_STUDENTS, Long.class).getResultList());
    }

    /** "Sri Wahyuni (ibu) · formulir kertas · 3 Nov 2026", or that there is none: as pages show it. */
    public static String shown(Optional<GuardianConsent> consent, Locale locale) {
        return consent.map(c -> Messages.text(
                        locale,
                        PrivacyMessages.CONSENT_GIVEN,
                        c.getGuardianName(),
                        Messages.text(locale, PrivacyMessages.relation(c.getRelation())),
                        Messages.text(locale, PrivacyMessages.method(c.getMethod())),
                        DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(c.getGivenOn())))
                .orElseGet(() -> Messages.text(locale, PrivacyMessages.CONSENT_MISSING));
    }

    /** "ibu, formulir kertas, 2026-11-03": what the audit trail keeps of a consent. */
    static String describe(GuardianConsent consent, Locale locale) {
        return Messages.text(locale, PrivacyMessages.relation(consent.getRelation())) + ", "
                + Messages.text(locale, PrivacyMessages.method(consent.getMethod())) + ", "
                + consent.getGivenOn();
    }

    private SchoolClass ownClass(String teacherUsername, long classId) {
        try {
            return classrooms.get(teacherUsername, classId);
        } catch (ClassroomException e) {
            throw new PrivacyException(PrivacyMessages.CONSENT_CLASS_NOT_FOUND);
        }
    }

    private Account member(SchoolClass schoolClass, String studentUsername) {
        return accounts.findByUsername(String.valueOf(studentUsername))
                .filter(s -> s.getRole() == Role.STUDENT)
                .filter(s -> classrooms.isMember(schoolClass.getId(), s.getId()))
                .orElseThrow(() -> new PrivacyException(PrivacyMessages.CONSENT_NO_SUCH_STUDENT));
    }
}
