package id.saring.publishing.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * On start, publishes the courses of the courses folder that are new or changed. A broken course
 * is logged with all its problems and the version already published keeps being served.
 */
@ApplicationScoped
public class CourseSync {

    /** Who published, in the version history, when Saring did it by itself. */
    public static final String SYSTEM = "saring";

    private static final Logger LOG = Logger.getLogger(CourseSync.class.getName());

    @Inject
    Publisher publisher;

    void publishOnStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 10) @Initialized(ApplicationScoped.class)
                    Object start) {
        long began = System.nanoTime();
        List<Publication> publications = publisher.syncFolder(SYSTEM);
        long millis = (System.nanoTime() - began) / 1_000_000;
        for (Publication publication : publications) {
            switch (publication.outcome()) {
                case PUBLISHED ->
                    LOG.info(() -> "Published course " + publication.courseId() + " version " + publication.version()
                            + " from " + publication.source());
                case UNCHANGED -> LOG.fine(() -> "Course " + publication.courseId() + " unchanged");
                case REFUSED ->
                    LOG.warning(() -> "Course folder " + publication.source()
                            + " was not published; the previous version stays. Problems:\n  "
                            + String.join(
                                    "\n  ",
                                    publication.problems().stream()
                                            .map(p -> p.describe(Locale.ENGLISH))
                                            .toList()));
            }
        }
        LOG.info(() -> "Checked " + publications.size() + " course folders in " + millis + " ms.");
    }
}
