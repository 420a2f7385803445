package id.saring.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** Which Saring account a platform's user id ({@code sub}) is. */
@Entity
@Table(name = "lti_user")
@IdClass(LtiUser.Key.class)
public class LtiUser {

    @Id
    @Column(name = "platform_id")
    private long platformId;

    @Id
    @Column(length = 255)
    private String subject;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    protected LtiUser() {
        // for JPA
    }

    public LtiUser(long platformId, String subject, long accountId) {
        this.platformId = platformId;
        this.subject = Objects.requireNonNull(subject);
        this.accountId = accountId;
    }

    public long getAccountId() {
        return accountId;
    }

    /** The platform and its user id. */
    public static class Key implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private long platformId;
        private String subject;

        public Key() {}

        public Key(long platformId, String subject) {
            this.platformId = platformId;
            this.subject = subject;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.platformId == platformId && Objects.equals(key.subject, subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(platformId, subject);
        }
    }
}
