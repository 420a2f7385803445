package id.saring.classroom.boundary;

import id.saring.identity.entity.Account;
import id.saring.progress.boundary.ReadGate;
import id.saring.quiz.boundary.Attempts;
import id.saring.quiz.boundary.StartGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * A teacher's own course is closed to every student their class did not give it to
 * ({@link VisibleCourses#mayOpen}): its pages answer 404, {@link Attempts#start} asks here, so a
 * start posted by hand opens no attempt either, and progress asks here before a lesson page kept in
 * memory is sent or a lesson is marked read ({@link ReadGate}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseGate implements StartGate, ReadGate {

    @PersistenceContext
    EntityManager em;

    @Inject
    VisibleCourses visibleCourses;

    @Override
    public Optional<Closed> closed(long studentId, String courseId, String moduleId) {
        Account student = em.find(Account.class, studentId);
        return student != null && visibleCourses.mayOpen(student.getUsername(), courseId)
                ? Optional.empty()
                : Optional.of(new Closed(Optional.empty()));
    }

    @Override
    public boolean mayRead(String studentUsername, String courseId) {
        return visibleCourses.mayOpen(studentUsername, courseId);
    }
}
