package id.saring.audit.boundary;

import id.saring.audit.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes what administrators and teachers do into the trail, inside the transaction of the action
 * itself: an action that is rolled back leaves no entry, and no action is left unrecorded. The
 * actor is whoever is logged in; work Saring does by itself (publishing the courses folder at
 * start) is recorded as {@value #SYSTEM}.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    public static final String SYSTEM = "sistem";

    /** Entries the admin page shows: enough for weeks of a school's work, small enough to render. */
    public static final int SHOWN = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    Clock clock = Clock.systemUTC();

    public void record(AuditEvent.Action action, String subject, String detail) {
        em.persist(new AuditEvent(Instant.now(clock), actor(), action, subject, detail));
    }

    private String actor() {
        try {
            return Optional.ofNullable(securityContext.getCallerPrincipal())
                    .map(Principal::getName)
                    .orElse(SYSTEM);
        } catch (RuntimeException outsideARequest) {
            return SYSTEM; // at start, publishing the courses folder
        }
    }

    /** The newest entries first. */
    public List<AuditEvent> recent() {
        return em.createNamedQuery(AuditEvent.RECENT, AuditEvent.class)
                .setMaxResults(SHOWN)
                .getResultList();
    }
}
