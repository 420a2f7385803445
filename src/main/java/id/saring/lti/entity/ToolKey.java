package id.saring.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Saring's signing key as a tool (a private RSA JWK); its public half is published at /lti/jwks. */
@Entity
@Table(name = "lti_tool_key")
@NamedQuery(name = ToolKey.NEWEST, query = "select k from ToolKey k order by k.createdAt desc, k.kid")
public class ToolKey {

    public static final String NEWEST = "ToolKey.newest";

    @Id
    @Column(length = 64)
    private String kid;

    @Column(name = "private_jwk", nullable = false, length = 8000)
    private String privateJwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ToolKey() {
        // for JPA
    }

    public ToolKey(String kid, String privateJwk, Instant createdAt) {
        this.kid = Objects.requireNonNull(kid);
        this.privateJwk = Objects.requireNonNull(privateJwk);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String getKid() {
        return kid;
    }

    public String getPrivateJwk() {
        return privateJwk;
    }
}
