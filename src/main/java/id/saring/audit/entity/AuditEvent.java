package id.saring.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Something an administrator or a teacher did. Never changed once written. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.RECENT, query = "select e from AuditEvent e order by e.at desc, e.id desc")
public class AuditEvent {

    public static final String RECENT = "AuditEvent.recent";

    /** What was done. */
    public enum Action {
        ACCOUNT_CREATED,
        SCHOOL_CREATED,
        CLASS_CREATED,
        ROSTER_IMPORTED,
        PASSWORD_RESET,
        ASSIGNMENT_CREATED,
        ASSIGNMENT_REMOVED,
        ASSIGNMENT_OPENED,
        ASSIGNMENT_CLOSED,
        GRADES_EXPORTED,
        COURSE_PUBLISHED,
        COURSE_HIDDEN,
        COURSE_SHOWN,
        COURSE_EXPORTED,
        COURSE_STARTED,
        COURSE_SCHOOL_WIDE,
        COURSE_OWNER_ONLY,
        MODULE_COPIED,
        DRAFT_DISCARDED,
        CONSENT_RECORDED,
        CONSENT_WITHDRAWN,
        STUDENT_DATA_EXPORTED,
        STUDENT_ERASED,
        STUDENT_REMOVED,
        STUDENT_MOVED,
        LOGIN_UNLOCKED,
        CARD_PRINTED,
        CLASS_CARDS_PRINTED,
        ADDRESS_LINKED,
        ADDRESS_UNLINKED,
        SIGN_IN_PROVIDER_ADDED,
        SIGN_IN_PROVIDER_REMOVED,
        SIGNED_IN_WITH_PROVIDER,
        SIGN_IN_REFUSED,
        SIGN_IN_OTHER_PERSON,
        SIGN_IN_RESET,
        SCHOOL_ROSTER_IMPORTED,
        SCHOOL_YEAR_CLOSED,
        CLASS_HANDED_OVER,
        LTI_PLATFORM_ADDED,
        LTI_PLATFORM_REMOVED
    }

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 40)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Action action;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 500)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant at, String actor, Action action, String subject, String detail) {
        this.at = Objects.requireNonNull(at);
        this.actor = cut(Objects.requireNonNull(actor), 40);
        this.action = Objects.requireNonNull(action);
        this.subject = cut(Objects.requireNonNull(subject), 200);
        this.detail = detail == null ? null : cut(detail, 500);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public Optional<String> getDetail() {
        return Optional.ofNullable(detail);
    }
}
