package id.saring.lti.boundary;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import id.saring.lti.entity.GradeLink;
import id.saring.lti.entity.LtiPlatform;
import id.saring.lti.entity.PendingScore;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued scores to LMS gradebooks (IMS Assignment and Grade Services 2.0): an access token
 * from the platform's token URL by the client credentials grant with a client assertion signed by
 * the tool key (IMS Security Framework 4.1), then the score posted to the line item's {@code
 * /scores}. A score the LMS did not take is tried again later, waiting twice as long each time (at
 * most an hour), every {@code saring.lti.retrySeconds} (30) looking for those that are due. Rows are
 * locked while they are sent, so two instances of a cluster never send the same score at once.
 */
@ApplicationScoped
public class ScoreSender {

    static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

    private static final Logger LOG = Logger.getLogger(ScoreSender.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ToolKeys keys;

    @Inject
    ScoreSender self;

    @Inject
    @ConfigProperty(name = "saring.lti.retrySeconds", defaultValue = "30")
    int retrySeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    Clock clock = Clock.systemUTC();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Access tokens by platform, kept until a minute before they expire. */
    private final Map<Long, Token> tokens = new ConcurrentHashMap<>();

    private volatile ScheduledFuture<?> rounds;

    private record Token(String value, Instant expires) {}

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        rounds = scheduler.scheduleWithFixedDelay(
                this::sendDue, retrySeconds, Math.max(1, retrySeconds), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    /** Sends what is due on another thread, now. */
    void sendDueSoon() {
        scheduler.execute(this::sendDue);
    }

    /** Sends every score that is due, one transaction each. */
    public void sendDue() {
        try {
            for (Long id : self.due()) {
                self.send(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending scores to LMS gradebooks failed; tried again later", e);
        }
    }

    @Transactional
    public List<Long> due() {
        return em.createNamedQuery(PendingScore.DUE, PendingScore.class)
                .setParameter("now", Instant.now(clock))
                .setMaxResults(100)
                .getResultStream()
                .map(PendingScore::getId)
                .toList();
    }

    /** Sends one score if it is still due (locked meanwhile), and records what came of it. */
    @Transactional
    public void send(long id) {
        PendingScore score = em.find(PendingScore.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        if (score == null || score.getSentAt().isPresent()) {
            return;
        }
        GradeLink link = em.find(GradeLink.class, score.getLinkId());
        LtiPlatform platform = link == null ? null : em.find(LtiPlatform.class, link.getPlatformId());
        if (platform == null) {
            em.remove(score); // the LMS was removed: nobody is waiting for this score any more
            return;
        }
        try {
            post(platform, link, score);
            score.sent(now);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "The LMS " + platform.getIssuer() + " did not take a score (try " + (score.getTries() + 1)
                    + "): " + e.getMessage());
            tokens.remove(platform.getId());
            score.failed(e.getMessage(), now, Duration.ofSeconds(retrySeconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            score.failed("interrupted", now, Duration.ofSeconds(retrySeconds));
        }
    }

    private void post(LtiPlatform platform, GradeLink link, PendingScore score)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", link.getSubject());
        body.put("scoreGiven", score.getScoreGiven());
        body.put("scoreMaximum", score.getScoreMaximum());
        body.put("activityProgress", "Completed");
        body.put("gradingProgress", "FullyGraded");
        body.put("timestamp", score.getSubmittedAt().toString());
        HttpRequest request = HttpRequest.newBuilder(scoresUrl(link.getLineItemUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token(platform))
                .header("Content-Type", SCORE_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body)))
                .build();
        HttpResponse<String> answered = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answered.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + answered.statusCode() + " from " + request.uri());
        }
    }

    /** The line item's scores address: {@code /scores} after its path, before its query. */
    static URI scoresUrl(String lineItem) {
        URI uri = URI.create(lineItem);
        String query = uri.getRawQuery();
        String base = query == null ? lineItem : lineItem.substring(0, lineItem.indexOf('?'));
        return URI.create(base + "/scores" + (query == null ? "" : "?" + query));
    }

    private String token(LtiPlatform platform) throws IOException, InterruptedException {
        Token known = tokens.get(platform.getId());
        Instant now = Instant.now(clock);
        if (known != null && known.expires().isAfter(now.plusSeconds(60))) {
            return known.value();
        }
        String assertion = keys.sign(new JWTClaimsSet.Builder()
                .issuer(platform.getClientId())
                .subject(platform.getClientId())
                .audience(platform.getTokenUrl())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .build());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", assertion);
        form.put("scope", SCORE_SCOPE);
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.getTokenUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build();
        HttpResponse<String> answered = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answered.statusCode() != 200) {
            throw new IOException("HTTP " + answered.statusCode() + " from the token URL");
        }
        try {
            Map<String, Object> json = JSONObjectUtils.parse(answered.body());
            String value = JSONObjectUtils.getString(json, "access_token");
            if (value == null) {
                throw new IOException("no access_token from the token URL");
            }
            Number expiresIn = json.get("expires_in") instanceof Number seconds ? seconds : 3600;
            tokens.put(platform.getId(), new Token(value, now.plusSeconds(expiresIn.longValue())));
            return value;
        } catch (ParseException e) {
            throw new IOException("the token URL did not answer JSON", e);
        }
    }
}
