package id.saring.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;

/**
 * An LMS course (a launch's context) and the Saring class its students are placed in: the class is
 * opened by the course's first teacher to launch, so it is theirs.
 */
@Entity
@Table(name = "lti_context")
@NamedQuery(
        name = LtiContext.OF_PLATFORM,
        query = "select c from LtiContext c where c.platformId = :platform and c.contextId = :context")
public class LtiContext {

    public static final String OF_PLATFORM = "LtiContext.ofPlatform";

    @Id
    @SequenceGenerator(name = "lti_context_seq", sequenceName = "lti_context_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lti_context_seq")
    private Long id;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "context_id", nullable = false, length = 255)
    private String contextId;

    @Column(length = 255)
    private String title;

    @Column(name = "class_id")
    private Long classId;

    @Version
    private long version;

    protected LtiContext() {
        // for JPA
    }

    public LtiContext(long platformId, String contextId, String title) {
        this.platformId = platformId;
        this.contextId = Objects.requireNonNull(contextId);
        this.title = title;
    }

    public void placeIn(long classId) {
        this.classId = classId;
    }

    public void retitle(String title) {
        if (title != null && !title.isBlank()) {
            this.title = title;
        }
    }

    public Optional<Long> getClassId() {
        return Optional.ofNullable(classId);
    }

    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }
}
