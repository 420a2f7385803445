package id.saring.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A login a platform started (third-party initiated login) whose launch has not come back: the
 * state and nonce Saring sent to the platform. A launch removes it, so each is used once.
 */
@Entity
@Table(name = "lti_login_state")
public class LoginState {

    @Id
    @Column(length = 64)
    private String state;

    @Column(nullable = false, length = 64)
    private String nonce;

    @Column(name = "platform_id", nullable = false)
    private long platformId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LoginState() {
        // for JPA
    }

    public LoginState(String state, String nonce, long platformId, Instant createdAt) {
        this.state = Objects.requireNonNull(state);
        this.nonce = Objects.requireNonNull(nonce);
        this.platformId = platformId;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String getState() {
        return state;
    }

    public String getNonce() {
        return nonce;
    }

    public long getPlatformId() {
        return platformId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
