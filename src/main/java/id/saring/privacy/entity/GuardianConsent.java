package id.saring.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A parent's or guardian's consent to Saring holding a student's data (UU PDP art. 25), as the
 * school collected it: who gave it, how, on which day, and who noted it in Saring when. One per
 * student; noting it again replaces it.
 */
@Entity
@Table(name = "guardian_consent")
@NamedQuery(
        name = GuardianConsent.OF_STUDENTS,
        query = "select c from GuardianConsent c where c.accountId in :accounts")
@NamedQuery(name = GuardianConsent.ALL_STUDENTS, query = "select c.accountId from GuardianConsent c")
public class GuardianConsent {

    public static final String OF_STUDENTS = "GuardianConsent.ofStudents";
    public static final String ALL_STUDENTS = "GuardianConsent.allStudents";

    public static final int MAX_NAME = 100;

    /** Who gave it: ibu, ayah, or another guardian (wali). */
    public enum Relation {
        MOTHER,
        FATHER,
        GUARDIAN
    }

    /** How it was given. */
    public enum Method {
        /** A signed paper form, kept by the school. */
        PAPER_FORM,
        /** Said in person to the teacher at school. */
        IN_PERSON,
        /** A written message: a letter, a chat message. */
        WRITTEN_MESSAGE
    }

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "guardian_name", nullable = false, length = MAX_NAME)
    private String guardianName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Relation relation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Method method;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected GuardianConsent() {
        // for JPA
    }

    public GuardianConsent(
            long accountId,
            String guardianName,
            Relation relation,
            Method method,
            LocalDate givenOn,
            String recordedBy,
            Instant recordedAt) {
        this.accountId = accountId;
        replace(guardianName, relation, method, givenOn, recordedBy, recordedAt);
    }

    /** A corrected or renewed consent for the same student. */
    public void replace(
            String guardianName,
            Relation relation,
            Method method,
            LocalDate givenOn,
            String recordedBy,
            Instant recordedAt) {
        if (guardianName == null
                || guardianName.isBlank()
                || guardianName.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("A guardian's name of at most " + MAX_NAME + " characters is required.");
        }
        this.guardianName = guardianName.strip();
        this.relation = Objects.requireNonNull(relation, "A relation is required.");
        this.method = Objects.requireNonNull(method, "How consent was given is required.");
        this.givenOn = Objects.requireNonNull(givenOn, "The day consent was given is required.");
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public Relation getRelation() {
        return relation;
    }

    public Method getMethod() {
        return method;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
