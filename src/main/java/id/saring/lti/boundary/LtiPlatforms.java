package id.saring.lti.boundary;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.lti.LtiMessages;
import id.saring.lti.control.LaunchCheck;
import id.saring.lti.entity.LtiPlatform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The LMSs an administrator registered as LTI 1.3 platforms (web.xml guards the admin pages).
 * Nothing is discovered: LTI platforms publish their addresses on their own registration pages, so
 * the administrator copies them here. Each platform's public keys are fetched and refreshed by
 * Nimbus's JWKS source (cached, re-read for an unknown key id).
 */
@ApplicationScoped
@Transactional
public class LtiPlatforms {

    /** Timeouts for every request to a platform (milliseconds): a slow LMS must not hold a request thread. */
    static final int CONNECT_MILLIS = 5_000;

    static final int READ_MILLIS = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    private final Map<Long, LaunchCheck> checks = new ConcurrentHashMap<>();

    public List<LtiPlatform> all() {
        return em.createNamedQuery(LtiPlatform.ALL, LtiPlatform.class).getResultList();
    }

    public Optional<LtiPlatform> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(LtiPlatform.class, id));
    }

    /**
     * The platform a login names: its issuer, and the client id and deployment when the platform
     * sends them (a platform may have registered Saring more than once).
     */
    public Optional<LtiPlatform> find(String issuer, String clientId, String deploymentId) {
        if (issuer == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(LtiPlatform.BY_ISSUER, LtiPlatform.class)
                .setParameter("issuer", issuer)
                .getResultStream()
                .filter(p -> clientId == null
                        || clientId.isBlank()
                        || p.getClientId().equals(clientId))
                .filter(p -> deploymentId == null
                        || deploymentId.isBlank()
                        || p.getDeploymentId().equals(deploymentId))
                .findFirst();
    }

    /**
     * Registers a platform (audited).
     *
     * @throws LtiException with the key of the first thing wrong with the input
     */
    public LtiPlatform add(
            String name,
            String issuer,
            String clientId,
            String deploymentId,
            String jwksUrl,
            String authUrl,
            String tokenUrl) {
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new LtiException(LtiMessages.PLATFORM_NAME_REQUIRED);
        }
        String cleanIssuer =
                cleanUrl(issuer, 255).orElseThrow(() -> new LtiException(LtiMessages.PLATFORM_ISSUER_INVALID));
        if (clientId == null || clientId.isBlank() || clientId.strip().length() > 255) {
            throw new LtiException(LtiMessages.PLATFORM_CLIENT_REQUIRED);
        }
        if (deploymentId == null
                || deploymentId.isBlank()
                || deploymentId.strip().length() > 255) {
            throw new LtiException(LtiMessages.PLATFORM_DEPLOYMENT_REQUIRED);
        }
        String jwks = cleanUrl(jwksUrl, 500).orElseThrow(() -> new LtiException(LtiMessages.PLATFORM_URL_INVALID));
        String auth = cleanUrl(authUrl, 500).orElseThrow(() -> new LtiException(LtiMessages.PLATFORM_URL_INVALID));
        String token = cleanUrl(tokenUrl, 500).orElseThrow(() -> new LtiException(LtiMessages.PLATFORM_URL_INVALID));
        if (find(cleanIssuer, clientId.strip(), deploymentId.strip()).isPresent()) {
            throw new LtiException(LtiMessages.PLATFORM_TAKEN);
        }
        LtiPlatform platform =
                new LtiPlatform(name, cleanIssuer, clientId, deploymentId, jwks, auth, token, Instant.now(clock));
        em.persist(platform);
        audit.record(
                AuditEvent.Action.LTI_PLATFORM_ADDED,
                platform.getName(),
                cleanIssuer + " " + platform.getClientId() + " " + platform.getDeploymentId());
        return platform;
    }

    /** Removes a platform (audited): nobody launches from it any more; the accounts it opened stay. */
    public void remove(Long id) {
        LtiPlatform platform = find(id).orElseThrow(() -> new LtiException(LtiMessages.PLATFORM_NOT_FOUND));
        em.remove(platform);
        checks.remove(id);
        audit.record(AuditEvent.Action.LTI_PLATFORM_REMOVED, platform.getName(), platform.getIssuer());
    }

    /** The check for launches from this platform, with its keys (fetched when first needed). */
    LaunchCheck checkFor(LtiPlatform platform) {
        return checks.computeIfAbsent(platform.getId(), id -> {
            try {
                JWKSource<SecurityContext> keys = JWKSourceBuilder.create(
                                URI.create(platform.getJwksUrl()).toURL(),
                                new DefaultResourceRetriever(CONNECT_MILLIS, READ_MILLIS, 512 * 1024))
                        .build();
                return new LaunchCheck(
                        platform.getIssuer(), platform.getClientId(), platform.getDeploymentId(), keys, clock);
            } catch (MalformedURLException e) {
                throw new IllegalStateException("A stored JWKS address is not a URL", e);
            }
        });
    }

    /** An https URL (http only for this machine, as in a test), without fragment, kept exactly as typed. */
    static Optional<String> cleanUrl(String typed, int longest) {
        if (typed == null || typed.isBlank() || typed.strip().length() > longest) {
            return Optional.empty();
        }
        String url = typed.strip();
        try {
            URI uri = new URI(url);
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            boolean local = "localhost".equals(host) || "127.0.0.1".equals(host);
            boolean allowed = "https".equals(scheme) || ("http".equals(scheme) && local);
            if (!allowed || host == null || uri.getFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
