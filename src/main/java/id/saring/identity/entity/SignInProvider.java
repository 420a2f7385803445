package id.saring.identity.entity;

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
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A school's identity provider an administrator connected (OpenID Connect): where it is (the
 * issuer), how Saring is known to it (client id and secret), and the e-mail domains whose addresses
 * it may vouch for. A provider never vouches for an address outside its domains.
 */
@Entity
@Table(name = "sign_in_provider")
@NamedQuery(name = SignInProvider.ALL, query = "select p from SignInProvider p order by p.name, p.id")
public class SignInProvider {

    public static final String ALL = "SignInProvider.all";

    @Id
    @SequenceGenerator(name = "sign_in_provider_seq", sequenceName = "sign_in_provider_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_provider_seq")
    private Long id;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(nullable = false, length = 255)
    private String issuer;

    @Column(name = "client_id", nullable = false, length = 255)
    private String clientId;

    @Column(name = "client_secret", nullable = false, length = 500)
    private String clientSecret;

    /** Lower case, comma-separated, sorted. */
    @Column(nullable = false, length = 500)
    private String domains;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SignInProvider() {
        // for JPA
    }

    public SignInProvider(
            String name, String issuer, String clientId, String clientSecret, Set<String> domains, Instant createdAt) {
        this.name = Objects.requireNonNull(name).strip();
        this.issuer = Objects.requireNonNull(issuer).strip();
        this.clientId = Objects.requireNonNull(clientId).strip();
        this.clientSecret = Objects.requireNonNull(clientSecret);
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("A provider vouches for at least one domain.");
        }
        this.domains = String.join(",", new TreeSet<>(domains));
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Whether addresses of this domain (lower case) are this provider's to vouch for. */
    public boolean vouchesFor(String domain) {
        return getDomains().contains(domain);
    }

    public Set<String> getDomains() {
        return new TreeSet<>(Arrays.asList(domains.split(",")));
    }

    /** The domains as a list to read, "a.sch.id, b.sch.id". */
    public String getDomainsText() {
        return String.join(", ", getDomains());
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

    /** For redeeming a code at the provider only; never shown on a page. */
    public String getClientSecret() {
        return clientSecret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
