package id.saring.classroom.boundary;

import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.classroom.ClassroomMessages;
import id.saring.classroom.entity.SchoolClass;
import id.saring.identity.boundary.Schools;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import id.saring.identity.entity.School;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The school year turning over. An administrator closes a year: the school's classes of that year
 * are archived (read-only, their reports still readable and exportable). Students then move to
 * their next classes with the new year's roster ({@link SchoolRosters}); those in no open class
 * any more have left, and are listed for erasure with the date by which the README's privacy
 * section says to erase them. Nothing here deletes anything.
 */
@ApplicationScoped
@Transactional
public class SchoolYears {

    /** How long a leaver's account may stay: README, "Privacy and retention" (3 months). */
    public static final int RETENTION_MONTHS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    SchoolRosters rosters;

    @Inject
    Schools schools;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** A school year of the school: its classes, how many are still open, and their students. */
    public record Year(String schoolYear, int classes, int open, long students) {
        public boolean isClosed() {
            return open == 0;
        }
    }

    /**
     * A student who left: in an archived class and in no open one. {@code eraseBy} is when the
     * retention period after their last class closed ends; {@code due} once it has.
     */
    public record Leaver(Account account, String lastClass, String lastYear, Instant eraseBy, boolean due) {}

    public List<Year> years(long schoolId) {
        Map<String, List<SchoolClass>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (SchoolClass schoolClass : rosters.classesOf(schoolId)) {
            byYear.computeIfAbsent(schoolClass.getSchoolYear(), year -> new ArrayList<>())
                    .add(schoolClass);
        }
        List<Year> years = new ArrayList<>();
        for (Map.Entry<String, List<SchoolClass>> year : byYear.entrySet()) {
            long students = em.createQuery(
                            "select count(distinct m.accountId) from ClassMember m where m.classId in :classes",
                            Long.class)
                    .setParameter(
                            "classes",
                            year.getValue().stream().map(SchoolClass::getId).toList())
                    .getSingleResult();
            int open =
                    (int) year.getValue().stream().filter(c -> !c.isArchived()).count();
            years.add(new Year(year.getKey(), year.getValue().size(), open, students));
        }
        return years;
    }

    /**
     * Closes the school year at the school: every open class of that year is archived. Only after
     * the administrator typed the year again.
     *
     * @return how many classes were archived
     */
    public int close(long schoolId, String schoolYear, String typedYear) {
        School school =
                schools.find(schoolId).orElseThrow(() -> new ClassroomException(ClassroomMessages.CLASS_NOT_FOUND));
        if (schoolYear == null || typedYear == null || !typedYear.strip().equals(schoolYear.strip())) {
            throw new ClassroomException(ClassroomMessages.SCHOOL_YEAR_CONFIRM_MISMATCH);
        }
        List<SchoolClass> open = rosters.classesOf(schoolId).stream()
                .filter(c -> !c.isArchived() && c.getSchoolYear().equals(schoolYear.strip()))
                .toList();
        if (open.isEmpty()) {
            throw new ClassroomException(ClassroomMessages.SCHOOL_YEAR_NOTHING_OPEN);
        }
        Instant now = Instant.now(clock);
        open.forEach(schoolClass -> schoolClass.archive(now));
        audit.record(
                AuditEvent.Action.SCHOOL_YEAR_CLOSED,
                school.getName() + " (" + schoolYear.strip() + ")",
                open.size() + " kelas: "
                        + String.join(
                                ", ", open.stream().map(SchoolClass::getName).toList()));
        return open.size();
    }

    /** The school's students who have left (in archived classes only), those due for erasure first. */
    public List<Leaver> leavers(long schoolId) {
        List<Object[]> rows = em.createQuery(
                        "select a, c from Account a, ClassMember m, SchoolClass c where m.accountId = a.id"
                                + " and m.classId = c.id and a.schoolId = :school and a.role = :role",
                        Object[].class)
                .setParameter("school", schoolId)
                .setParameter("role", Role.STUDENT)
                .getResultList();
        Map<Long, Account> students = new HashMap<>();
        Map<Long, SchoolClass> lastClosed = new HashMap<>();
        Map<Long, Boolean> inOpenClass = new HashMap<>();
        for (Object[] row : rows) {
            Account student = (Account) row[0];
            SchoolClass schoolClass = (SchoolClass) row[1];
            students.put(student.getId(), student);
            if (!schoolClass.isArchived()) {
                inOpenClass.put(student.getId(), true);
            } else {
                lastClosed.merge(
                        student.getId(),
                        schoolClass,
                        (a, b) -> a.getArchivedAt()
                                        .orElseThrow()
                                        .isAfter(b.getArchivedAt().orElseThrow())
                                ? a
                                : b);
            }
        }
        Instant now = Instant.now(clock);
        return lastClosed.entrySet().stream()
                .filter(e -> !inOpenClass.containsKey(e.getKey()))
                .map(e -> {
                    SchoolClass last = e.getValue();
                    Instant eraseBy = last.getArchivedAt()
                            .orElseThrow()
                            .atZone(ZoneOffset.UTC)
                            .plusMonths(RETENTION_MONTHS)
                            .toInstant();
                    return new Leaver(
                            students.get(e.getKey()),
                            last.getName(),
                            last.getSchoolYear(),
                            eraseBy,
                            !now.isBefore(eraseBy));
                })
                .sorted(Comparator.comparing(Leaver::eraseBy)
                        .thenComparing(leaver -> leaver.account().getDisplayName()))
                .toList();
    }
}
