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
import java.time.Instant;
import java.util.Objects;

/**
 * An LMS an administrator registered as an LTI 1.3 platform: its issuer, the client id it gave
 * Saring and one deployment, and the addresses of its public keys, its OpenID Connect login and
 * its token endpoint (for sending scores).
 */
@Entity
@Table(name = "lti_platform")
@NamedQuery(name = LtiPlatform.ALL, query = "select p from LtiPlatform p order by p.name, p.id")
@NamedQuery(name = LtiPlatform.BY_ISSUER, query = "select p from LtiPlatform p where p.issuer = :issuer order by p.id")
public class LtiPlatform {

    public static final String ALL = "LtiPlatform.all";
    public static final String BY_ISSUER = "LtiPlatform.byIssuer";

    @Id
    @SequenceGenerator(name = "lti_platform_seq", sequenceName = "lti_platform_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lti_platform_seq")
    private Long id;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(nullable = false, length = 255)
    private String issuer;

    @Column(name = "client_id", nullable = false, length = 255)
    private String clientId;

    @Column(name = "deployment_id", nullable = false, length = 255)
    private String deploymentId;

    @Column(name = "jwks_url", nullable = false, length = 500)
    private String jwksUrl;

    @Column(name = "auth_url", nullable = false, length = 500)
    private String authUrl;

    @Column(name = "token_url", nullable = false, length = 500)
    private String tokenUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected LtiPlatform() {
        // for JPA
    }

    public LtiPlatform(
            String name,
            String issuer,
            String clientId,
            String deploymentId,
            String jwksUrl,
            String authUrl,
            String tokenUrl,
            Instant createdAt) {
        this.name = Objects.requireNonNull(name).strip();
        this.issuer = Objects.requireNonNull(issuer);
        this.clientId = Objects.requireNonNull(clientId).strip();
        this.deploymentId = Objects.requireNonNull(deploymentId).strip();
        this.jwksUrl = Objects.requireNonNull(jwksUrl);
        this.authUrl = Objects.requireNonNull(authUrl);
        this.tokenUrl = Objects.requireNonNull(tokenUrl);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
