package id.saring.identity.boundary;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import id.saring.audit.boundary.AuditLog;
import id.saring.audit.entity.AuditEvent;
import id.saring.identity.IdentityMessages;
import id.saring.identity.control.IdTokenCheck;
import id.saring.identity.control.SchoolAddress;
import id.saring.identity.entity.SignInProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The identity providers an administrator connected (web.xml guards the admin pages), and what
 * Saring learned about each from its discovery document ({@code
 * /.well-known/openid-configuration}): endpoints, signing algorithms and keys. That is asked once
 * when the provider is added (an issuer that does not answer is not saved) and kept for an hour;
 * the keys are fetched and refreshed by Nimbus's JWKS source (cached, re-read for an unknown key id).
 */
@ApplicationScoped
@Transactional
public class SignInProviders {

    /** How long a discovery document is trusted before it is read again. */
    static final Duration DISCOVERY_KEPT = Duration.ofHours(1);

    /** Timeouts for every request to a provider (milliseconds): a slow provider must not hold a request thread. */
    static final int CONNECT_MILLIS = 5_000;

    static final int READ_MILLIS = 10_000;

    private static final Logger LOG = Logger.getLogger(SignInProviders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** What a provider's discovery document said, and the ID token check built from it. */
    public record Discovered(OIDCProviderMetadata metadata, IdTokenCheck check, Instant readAt) {}

    private final Map<Long, Discovered> discovered = new ConcurrentHashMap<>();

    public List<SignInProvider> all() {
        return em.createNamedQuery(SignInProvider.ALL, SignInProvider.class).getResultList();
    }

    /** Every domain a connected provider vouches for: the only school addresses worth recording. */
    public Set<String> vouchedDomains() {
        return all().stream()
                .flatMap(provider -> provider.getDomains().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Optional<SignInProvider> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(SignInProvider.class, id));
    }

    /**
     * Connects a provider after reading its discovery document (audited; the secret is not).
     *
     * @throws AccountException with the key of the first thing wrong with the input
     */
    public SignInProvider add(String name, String issuer, String clientId, String clientSecret, String domains) {
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new AccountException(IdentityMessages.PROVIDER_NAME_REQUIRED);
        }
        String cleanIssuer =
                cleanIssuer(issuer).orElseThrow(() -> new AccountException(IdentityMessages.PROVIDER_ISSUER_INVALID));
        if (clientId == null
                || clientId.isBlank()
                || clientId.strip().length() > 255
                || clientSecret == null
                || clientSecret.isBlank()
                || clientSecret.length() > 500) {
            throw new AccountException(IdentityMessages.PROVIDER_CLIENT_REQUIRED);
        }
        Set<String> vouched = SchoolAddress.domains(domains)
                .filter(set -> String.join(",", set).length() <= 500)
                .orElseThrow(() -> new AccountException(IdentityMessages.PROVIDER_DOMAINS_INVALID));
        boolean taken = all().stream()
                .anyMatch(p ->
                        p.getIssuer().equals(cleanIssuer) && p.getClientId().equals(clientId.strip()));
        if (taken) {
            throw new AccountException(IdentityMessages.PROVIDER_TAKEN);
        }
        OIDCProviderMetadata metadata =
                discover(cleanIssuer).orElseThrow(() -> new AccountException(IdentityMessages.PROVIDER_UNREACHABLE));
        SignInProvider provider =
                new SignInProvider(name, cleanIssuer, clientId, clientSecret.strip(), vouched, Instant.now(clock));
        em.persist(provider);
        audit.record(
                AuditEvent.Action.SIGN_IN_PROVIDER_ADDED,
                provider.getName(),
                cleanIssuer + " " + String.join(",", vouched));
        em.flush();
        discovered.put(provider.getId(), checkFor(provider, metadata));
        return provider;
    }

    /** Disconnects a provider (audited): nobody signs in through it any more; passwords and cards are untouched. */
    public void remove(Long id) {
        SignInProvider provider = find(id).orElseThrow(() -> new AccountException(IdentityMessages.PROVIDER_NOT_FOUND));
        em.remove(provider);
        discovered.remove(id);
        audit.record(AuditEvent.Action.SIGN_IN_PROVIDER_REMOVED, provider.getName(), provider.getIssuer());
    }

    /** The provider's endpoints and token check, read again when older than {@link #DISCOVERY_KEPT}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Discovered> discovered(SignInProvider provider) {
        Discovered known = discovered.get(provider.getId());
        if (known != null && known.readAt().plus(DISCOVERY_KEPT).isAfter(Instant.now(clock))) {
            return Optional.of(known);
        }
        Optional<Discovered> fresh = discover(provider.getIssuer()).map(metadata -> checkFor(provider, metadata));
        fresh.ifPresent(read -> discovered.put(provider.getId(), read));
        // A provider that is down for a moment keeps working with what was read before.
        return fresh.or(() -> Optional.ofNullable(known));
    }

    private Discovered checkFor(SignInProvider provider, OIDCProviderMetadata metadata) {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(
                            metadata.getJWKSetURI().toURL(),
                            new com.nimbusds.jose.util.DefaultResourceRetriever(
                                    CONNECT_MILLIS, READ_MILLIS, 512 * 1024))
                    .build();
            IdTokenCheck check =
                    new IdTokenCheck(provider.getIssuer(), provider.getClientId(), metadata.getIDTokenJWSAlgs(), keys);
            return new Discovered(metadata, check, Instant.now(clock));
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new AccountException(IdentityMessages.PROVIDER_UNREACHABLE);
        }
    }

    /**
     * The discovery document of an issuer, if it answers with one that names the same issuer and
     * has the endpoints a sign-in needs.
     */
    static Optional<OIDCProviderMetadata> discover(String issuer) {
        try {
            OIDCProviderMetadata metadata =
                    OIDCProviderMetadata.resolve(new Issuer(issuer), CONNECT_MILLIS, READ_MILLIS);
            if (metadata.getAuthorizationEndpointURI() == null
                    || metadata.getTokenEndpointURI() == null
                    || metadata.getJWKSetURI() == null) {
                LOG.warning(() -> "The provider " + issuer + " lacks an endpoint a sign-in needs");
                return Optional.empty();
            }
            return Optional.of(metadata);
        } catch (GeneralException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the discovery document of " + issuer, e);
            return Optional.empty();
        }
    }

    /** An issuer is an https URL (http only for this machine, as in a test), without query or fragment. */
    static Optional<String> cleanIssuer(String typed) {
        if (typed == null || typed.isBlank() || typed.strip().length() > 255) {
            return Optional.empty();
        }
        String issuer = typed.strip();
        try {
            URI uri = new URI(issuer);
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            boolean local = "localhost".equals(host) || "127.0.0.1".equals(host);
            boolean allowed = "https".equals(scheme) || ("http".equals(scheme) && local);
            if (!allowed || host == null || uri.getQuery() != null || uri.getFragment() != null) {
                return Optional.empty();
            }
            // Kept exactly as typed: the ID token's "iss" must equal it character for character.
            return Optional.of(issuer);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
