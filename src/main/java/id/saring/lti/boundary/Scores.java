package id.saring.lti.boundary;

import id.saring.catalog.content.Quiz;
import id.saring.lti.entity.GradeLink;
import id.saring.lti.entity.PendingScore;
import id.saring.progress.boundary.Progress;
import id.saring.quiz.boundary.AttemptRecords;
import id.saring.quiz.boundary.AttemptSubmitted;
import id.saring.quiz.boundary.Attempts;
import id.saring.quiz.entity.Attempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Scores for LMS gradebooks (IMS Assignment and Grade Services): when a student who came from an
 * LMS activity submits an attempt at its quiz, the quiz's counting score (the highest or the last,
 * as the quiz says: {@link Progress#counting}, the same as the student's progress page shows) is
 * queued for that activity's gradebook column in the submitting transaction, so it is never lost;
 * {@link ScoreSender} sends it after the commit and again until the LMS takes it.
 */
@ApplicationScoped
public class Scores {

    /** The most a score can be, as the deep-linked gradebook column says. */
    static final double MAXIMUM = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AttemptRecords records;

    @Inject
    Attempts attempts;

    @Inject
    ScoreSender sender;

    /** In the submitting transaction: one pending score per gradebook column of this quiz for this student. */
    void queue(@Observes AttemptSubmitted submitted) {
        List<GradeLink> links = em.createNamedQuery(GradeLink.OF_QUIZ, GradeLink.class)
                .setParameter("account", submitted.accountId())
                .setParameter("course", submitted.courseId())
                .setParameter("quiz", submitted.quizId())
                .getResultList();
        if (links.isEmpty()) {
            return;
        }
        Attempt attempt = records.find(submitted.attemptId()).orElseThrow();
        Quiz quiz = attempts.quizOf(attempt);
        Optional<Attempt> counting =
                Progress.counting(quiz, records.ofStudentInCourse(submitted.accountId(), submitted.courseId()));
        int score = counting.flatMap(Attempt::getPercent)
                .or(attempt::getPercent)
                .map(percent -> percent.value())
                .orElse(0);
        for (GradeLink link : links) {
            boolean queued = !em.createNamedQuery(PendingScore.OF_LINK, PendingScore.class)
                    .setParameter("link", link.getId())
                    .setParameter("attempt", attempt.getId())
                    .getResultList()
                    .isEmpty();
            if (!queued) {
                // An unsent score of an earlier attempt is superseded: the newest counting score is sent.
                em.createQuery("delete from PendingScore s where s.linkId = :link and s.sentAt is null")
                        .setParameter("link", link.getId())
                        .executeUpdate();
                em.persist(new PendingScore(
                        link.getId(),
                        attempt.getId(),
                        score,
                        MAXIMUM,
                        attempt.getSubmittedAt().orElseThrow()));
            }
        }
    }

    /** After the commit: send now rather than at the next round of {@link ScoreSender}. */
    void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttemptSubmitted submitted) {
        sender.sendDueSoon();
    }
}
