package id.saring.progress.boundary;

/**
 * Something above progress that may keep a student from a course's lessons: a teacher's own course
 * is read only by the students whose class was given it. Progress knows no classes, so the parts
 * above provide this as CDI beans; {@link Progress#mayRead} asks every one, and so does
 * {@link Progress#markRead} before it records a lesson as read.
 */
public interface ReadGate {

    /** Whether the student may read the lessons of this course. */
    boolean mayRead(String studentUsername, String courseId);
}
