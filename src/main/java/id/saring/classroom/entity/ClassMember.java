package id.saring.classroom.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A student in a class. */
@Entity
@Table(name = "class_member")
@IdClass(ClassMember.Key.class)
@NamedQuery(name = ClassMember.COUNT, query = "select count(m) from ClassMember m where m.classId = :class")
public class ClassMember {

    public static final String COUNT = "ClassMember.count";

    @Id
    @Column(name = "class_id")
    private long classId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected ClassMember() {
        // for JPA
    }

    public ClassMember(long classId, long accountId, Instant joinedAt) {
        this.classId = classId;
        this.accountId = accountId;
        this.joinedAt = Objects.requireNonNull(joinedAt);
    }

    public long getClassId() {
        return classId;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    /** The primary key. */
    public static class Key implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private long classId;
        private long accountId;

        public Key() {}

        public Key(long classId, long accountId) {
            this.classId = classId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.classId == classId && key.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(classId, accountId);
        }
    }
}
