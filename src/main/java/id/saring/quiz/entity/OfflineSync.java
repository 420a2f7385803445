package id.saring.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** When a student's device last sent what it kept offline: one row per student, for teachers' pages. */
@Entity
@Table(name = "offline_sync")
@NamedQuery(name = OfflineSync.OF_STUDENTS, query = "select s from OfflineSync s where s.accountId in :accounts")
public class OfflineSync {

    public static final String OF_STUDENTS = "OfflineSync.ofStudents";

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    protected OfflineSync() {
        // for JPA
    }

    public OfflineSync(long accountId, Instant syncedAt) {
        this.accountId = accountId;
        this.syncedAt = Objects.requireNonNull(syncedAt);
    }

    /** The device was in touch again; a late request never moves the time back. */
    public void synced(Instant at) {
        if (at.isAfter(syncedAt)) {
            syncedAt = at;
        }
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }
}
