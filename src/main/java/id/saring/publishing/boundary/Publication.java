package id.saring.publishing.boundary;

import id.saring.catalog.yaml.Problem;
import java.io.Serializable;
import java.util.List;

/**
 * What happened when a course folder or zip was offered for publishing.
 *
 * @param source the folder or file name offered
 * @param courseId empty when the course could not even be identified
 * @param version the version now served (0 when refused)
 */
public record Publication(String source, String courseId, Outcome outcome, int version, List<Problem> problems)
        implements Serializable {

    public Publication {
        problems = List.copyOf(problems);
    }

    /** The three ways a publication ends. */
    public enum Outcome {
        PUBLISHED,
        UNCHANGED,
        REFUSED
    }

    static Publication refused(String source, List<Problem> problems) {
        return new Publication(source, "", Outcome.REFUSED, 0, problems);
    }

    public boolean isRefused() {
        return outcome == Outcome.REFUSED;
    }
}
