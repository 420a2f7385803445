package id.saring.lti.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What links one account to the school's LMS, for the person's data file: who they are at each
 * platform, the LMS courses their classes were made from, and where their scores go.
 */
@ApplicationScoped
public class LtiLinks {

    @PersistenceContext
    EntityManager em;

    /** The platform (as the administrator named it, and its issuer) and its user id for the person. */
    public record User(String platform, String issuer, String subject) {}

    /** An LMS course (its id at the platform and its title) and the Saring class it became. */
    public record Course(String platform, String contextId, Optional<String> title, long classId) {}

    /** Where the person's score of one quiz goes: the activity's gradebook column (AGS line item). */
    public record Column(String platform, String course, String quiz, String lineItem, Instant updatedAt) {}

    public record Links(List<User> users, List<Course> courses, List<Column> gradebook) {}

    /** The account's links; {@code classIds} are the classes it is in. */
    public Links of(long accountId, Collection<Long> classIds) {
        List<User> users = em.createQuery(
                        "select p.name, p.issuer, u.subject from LtiUser u, LtiPlatform p"
                                + " where u.platformId = p.id and u.accountId = :account order by p.name, u.subject",
                        Object[].class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(row -> new User((String) row[0], (String) row[1], (String) row[2]))
                .toList();
        List<Course> courses = classIds.isEmpty()
                ? List.of()
                : em.createQuery(
                                "select p.name, c.contextId, c.title, c.classId from LtiContext c, LtiPlatform p"
                                        + " where c.platformId = p.id and c.classId in :classes"
                                        + " order by p.name, c.contextId",
                                Object[].class)
                        .setParameter("classes", List.copyOf(classIds))
                        .getResultStream()
                        .map(row -> new Course(
                                (String) row[0],
                                (String) row[1],
                                Optional.ofNullable((String) row[2]),
                                ((Number) row[3]).longValue()))
                        .toList();
        List<Column> gradebook = em.createQuery(
                        "select p.name, g.courseId, g.quizId, g.lineItemUrl, g.updatedAt from GradeLink g,"
                                + " LtiPlatform p where g.platformId = p.id and g.accountId = :account"
                                + " order by p.name, g.courseId, g.quizId",
                        Object[].class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(row -> new Column(
                        (String) row[0], (String) row[1], (String) row[2], (String) row[3], (Instant) row[4]))
                .toList();
        return new Links(users, courses, gradebook);
    }
}
