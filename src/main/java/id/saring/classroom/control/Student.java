package id.saring.classroom.control;

import java.io.Serial;
import java.io.Serializable;

/** A student as reports show them: who, and the username a teacher can look up. */
public record Student(long id, String username, String name) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
