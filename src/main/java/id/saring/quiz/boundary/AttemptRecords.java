package id.saring.quiz.boundary;

import id.saring.quiz.entity.Attempt;
import id.saring.quiz.entity.OfflineSync;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attempts already made, as progress, class reports and a student's own data read them. The
 * only way other features reach attempts and their answers: no query on them lives outside quiz.
 */
@ApplicationScoped
@Transactional
public class AttemptRecords {

    @PersistenceContext
    EntityManager em;

    /** What {@link #eraseAllOf} removed. */
    public record Erased(int attempts, int answers) {}

    public Optional<Attempt> find(long attemptId) {
        return Optional.ofNullable(em.find(Attempt.class, attemptId));
    }

    /** Every attempt of the student in the course, newest first. */
    public List<Attempt> ofStudentInCourse(long student, String courseId) {
        return em.createNamedQuery(Attempt.OF_STUDENT_IN_COURSE, Attempt.class)
                .setParameter("account", student)
                .setParameter("course", courseId)
                .getResultList();
    }

    /** Every attempt of these students in the course, read with one query, grouped by student, newest first. */
    public Map<Long, List<Attempt>> ofStudentsInCourse(Collection<Long> students, String courseId) {
        if (students.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Attempt>> attempts = new HashMap<>();
        em.createNamedQuery(Attempt.OF_STUDENTS_IN_COURSE, Attempt.class)
                .setParameter("accounts", students)
                .setParameter("course", courseId)
                .getResultList()
                .forEach(a -> attempts.computeIfAbsent(a.getAccountId(), k -> new ArrayList<>())
                        .add(a));
        return attempts;
    }

    /** Every attempt of the student in every course, in the order they were started. */
    public List<Attempt> allOfStudent(long student) {
        return em.createNamedQuery(Attempt.ALL_OF_STUDENT, Attempt.class)
                .setParameter("account", student)
                .getResultList();
    }

    /** When each of these students' devices last sent what they kept offline; students who never did are left out. */
    public Map<Long, Instant> lastSyncOf(Collection<Long> students) {
        if (students.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> synced = new HashMap<>();
        em.createNamedQuery(OfflineSync.OF_STUDENTS, OfflineSync.class)
                .setParameter("accounts", students)
                .getResultList()
                .forEach(s -> synced.put(s.getAccountId(), s.getSyncedAt()));
        return synced;
    }

    /**
     * Deletes every attempt of the student and its answers, and when they last synced, in SQL like the rest of an erasure: the
     * caller flushes and clears the persistence context first, so nothing managed is written back.
     */
    public Erased eraseAllOf(long student) {
        int answers = em.createNativeQuery(
                        "delete from attempt_answer where attempt_id in (select id from quiz_attempt where account_id = ?1)")
                .setParameter(1, student)
                .executeUpdate();
        int attempts = em.createNativeQuery("delete from quiz_attempt where account_id = ?1")
                .setParameter(1, student)
                .executeUpdate();
        em.createNativeQuery("delete from offline_sync where account_id = ?1")
                .setParameter(1, student)
                .executeUpdate();
        return new Erased(attempts, answers);
    }
}
