package id.saring.lti.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.control.Roster;
import id.saring.classroom.entity.SchoolClass;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import id.saring.lti.control.Launch;
import id.saring.lti.control.LaunchCheck;
import id.saring.lti.entity.GradeLink;
import id.saring.lti.entity.LoginState;
import id.saring.lti.entity.LtiContext;
import id.saring.lti.entity.LtiPlatform;
import id.saring.lti.entity.LtiUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The LTI 1.3 launch (IMS Security Framework 5.1.1, OpenID Connect third-party initiated login):
 * a platform asks Saring to start a login ({@link #startLogin}), Saring sends the browser to the
 * platform's authorization address with a new state and nonce, and the platform posts back an ID
 * token ({@link #launch}) that is checked completely ({@link LaunchCheck}) against the state's
 * nonce. The state is kept in the database, not the session: the launch is a cross-site POST that
 * carries no SameSite=Lax session cookie. A launch consumes its state whatever its outcome, so
 * neither a state nor the nonce in it is ever good twice.
 *
 * <p>The person is the account linked to their user id at this platform; the first time, the
 * account whose school address the LMS gives (recorded by an administrator or teacher), or a new
 * account with the name and role (teacher for the course's instructors, student otherwise) the LMS
 * gives. The LMS course becomes a class: opened by its first teacher to launch, and its students
 * are placed in it when they launch.
 */
@ApplicationScoped
@Transactional
public class LtiLaunches {

    /** How long a login may take at the platform before its launch is refused. */
    static final Duration LOGIN_LIFETIME = Duration.ofMinutes(10);

    /** The cookie that ties a login to the browser that started it (when the browser sends it back). */
    public static final String STATE_COOKIE_PREFIX = "saring-lti-";

    /** The custom parameters of an activity that name Saring's module (set by deep linking). */
    public static final String CUSTOM_COURSE = "saring_course";

    public static final String CUSTOM_QUIZ = "saring_quiz";

    /** How long the ticket of a launch that arrived in the LMS's frame may wait for its new window. */
    static final int CONTINUATION_MINUTES = 2;

    /** The nonce of a login state row that is a continuation's ticket, not a login's state. */
    private static final String CONTINUATION = "-continuation-";

    private static final String CONTINUATION_AUDIENCE = "saring-lti-continue";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(LtiLaunches.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LtiPlatforms platforms;

    @Inject
    Accounts accounts;

    @Inject
    Classrooms classrooms;

    @Inject
    ToolKeys keys;

    Clock clock = Clock.systemUTC();

    /** Where to send the browser to log in at the platform, and the state to remember in its cookie. */
    public record LoginRedirect(String url, String state) {}

    /** What a launch came to. */
    public sealed interface Outcome {}

    /**
     * Someone was let in: open a session for {@code credential} and go to {@code path} (under the
     * context root). {@code platformId} and {@code lmsAddress} (the LMS's authentication request
     * URL, whose site frames its tools) are for a launch that arrived inside the LMS's frame
     * ({@link #continuation}).
     */
    public record Launched(LtiCredential credential, String path, long platformId, String lmsAddress)
            implements Outcome {}

    /** A teacher asks to pick a module for the LMS (deep linking), logged in as {@code credential}. */
    public record DeepLinking(LtiCredential credential, DeepLinkRequest request) implements Outcome {}

    /** Nobody is let in; the reason is for the server log. */
    public record Refused(String reason) implements Outcome {}

    /** What a deep-linking answer needs: to which platform, where, with what data, for whom. */
    public record DeepLinkRequest(
            long platformId, String returnUrl, Optional<String> data, String teacher, Instant expires)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /**
     * The redirect to the platform's authorization address (IMS Security Framework 5.1.1.2), or
     * empty when no registered platform has this issuer (and client id and deployment, when given).
     */
    public Optional<LoginRedirect> startLogin(
            String issuer,
            String loginHint,
            String targetLinkUri,
            String messageHint,
            String clientId,
            String deploymentId,
            String launchUri) {
        if (loginHint == null || loginHint.isBlank()) {
            return Optional.empty();
        }
        Optional<LtiPlatform> found = platforms.find(issuer, clientId, deploymentId);
        if (found.isEmpty()) {
            LOG.warning(() -> "An LTI login from an unregistered platform: " + issuer + " " + clientId);
            return Optional.empty();
        }
        LtiPlatform platform = found.get();
        Instant now = Instant.now(clock);
        em.createQuery("delete from LoginState s where s.createdAt < :old")
                .setParameter("old", now.minus(LOGIN_LIFETIME))
                .executeUpdate();
        String state = random();
        String nonce = random();
        em.persist(new LoginState(state, nonce, platform.getId(), now));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", platform.getClientId());
        query.put("redirect_uri", launchUri);
        query.put("login_hint", loginHint);
        if (messageHint != null) {
            query.put("lti_message_hint", messageHint);
        }
        query.put("state", state);
        query.put("nonce", nonce);
        String auth = platform.getAuthUrl();
        String url = auth
                + (auth.contains("?") ? "&" : "?")
                + query.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return Optional.of(new LoginRedirect(url, state));
    }

    /**
     * Checks the launch a platform posted back and says who comes in and where to.
     *
     * @param browserState the state in the login cookie, when the browser sent one back (it does
     *     not in an LMS's iframe where third-party cookies are blocked): it must then be this state
     */
    public Outcome launch(String state, String idToken, Optional<String> browserState) {
        if (state == null || state.length() > 64) {
            return new Refused("no state");
        }
        LoginState login = em.find(LoginState.class, state, LockModeType.PESSIMISTIC_WRITE);
        if (login == null) {
            return new Refused("unknown or used state");
        }
        em.remove(login); // good for one launch, whatever comes of it
        if (CONTINUATION.equals(login.getNonce())) {
            return new Refused("a continuation is no launch");
        }
        Instant now = Instant.now(clock);
        if (login.getCreatedAt().plus(LOGIN_LIFETIME).isBefore(now)) {
            return new Refused("login too old");
        }
        if (browserState.isPresent() && !browserState.get().equals(state)) {
            return new Refused("state of another browser");
        }
        LtiPlatform platform = em.find(LtiPlatform.class, login.getPlatformId());
        if (platform == null) {
            return new Refused("platform removed");
        }
        Launch launch;
        try {
            launch = platforms.checkFor(platform).verify(idToken, login.getNonce());
        } catch (LaunchCheck.Refused e) {
            return new Refused(platform.getIssuer() + ": " + e.getMessage());
        }
        Account account = accountFor(platform, launch);
        if (account.getRole() == Role.ADMIN || !account.canLogIn()) {
            return new Refused("the account " + account.getUsername() + " may not come in from an LMS");
        }
        if (launch.isDeepLinking() && account.getRole() != Role.TEACHER) {
            return new Refused("deep linking by a non-teacher " + account.getUsername());
        }
        Optional<Long> classId = classFor(platform, launch, account);
        LtiCredential credential = new LtiCredential(account.getUsername());
        if (launch.isDeepLinking()) {
            return new DeepLinking(
                    credential,
                    new DeepLinkRequest(
                            platform.getId(),
                            launch.deepLinkReturnUrl().orElseThrow(),
                            launch.deepLinkData(),
                            account.getUsername(),
                            now.plus(Duration.ofHours(1))));
        }
        String course = launch.custom().get(CUSTOM_COURSE);
        String quiz = launch.custom().get(CUSTOM_QUIZ);
        boolean module = course != null && quiz != null && course.length() <= 100 && quiz.length() <= 100;
        if (account.getRole() == Role.STUDENT && module) {
            rememberGradebook(platform, launch, account, course, quiz, now);
            return new Launched(
                    credential,
                    "/learn/quiz.xhtml?course=" + URLEncoder.encode(course, StandardCharsets.UTF_8) + "&quiz="
                            + URLEncoder.encode(quiz, StandardCharsets.UTF_8),
                    platform.getId(),
                    platform.getAuthUrl());
        }
        if (account.getRole() == Role.TEACHER && classId.isPresent()) {
            return new Launched(
                    credential, "/teach/class.xhtml?id=" + classId.get(), platform.getId(), platform.getAuthUrl());
        }
        return new Launched(credential, "/home.xhtml", platform.getId(), platform.getAuthUrl());
    }

    /**
     * A launch that arrived inside the LMS's frame, to be finished in a window of its own: there,
     * unlike in another site's frame, the browser keeps Saring's session cookie and shows Saring's
     * pages (which no other site may frame). The answer is a ticket sealed with the tool key, good
     * once (a row like a login's state, consumed by {@link #resume}) and for {@value
     * #CONTINUATION_MINUTES} minutes.
     */
    public String continuation(Launched launched) {
        Instant now = Instant.now(clock);
        String id = random();
        em.persist(new LoginState(id, CONTINUATION, launched.platformId(), now));
        return keys.sign(new JWTClaimsSet.Builder()
                .audience(CONTINUATION_AUDIENCE)
                .jwtID(id)
                .subject(launched.credential().getUsername())
                .claim("path", launched.path())
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(CONTINUATION_MINUTES))))
                .build());
    }

    /** The launch a ticket of {@link #continuation} carries, once, while it is good and the account may still come in. */
    public Optional<Launched> resume(String ticket) {
        if (ticket == null || ticket.length() > 4_000) {
            return Optional.empty();
        }
        JWTClaimsSet claims;
        try {
            SignedJWT jwt = SignedJWT.parse(ticket);
            if (!jwt.verify(new RSASSAVerifier(keys.publicKey()))) {
                return Optional.empty();
            }
            claims = jwt.getJWTClaimsSet();
        } catch (java.text.ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
        Date expires = claims.getExpirationTime();
        String id = claims.getJWTID();
        if (claims.getAudience() == null
                || !claims.getAudience().contains(CONTINUATION_AUDIENCE)
                || expires == null
                || !expires.toInstant().isAfter(Instant.now(clock))
                || id == null
                || id.length() > 64) {
            return Optional.empty();
        }
        LoginState once = em.find(LoginState.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (once == null || !CONTINUATION.equals(once.getNonce())) {
            return Optional.empty();
        }
        em.remove(once);
        Object path = claims.getClaim("path");
        return accounts.findByUsername(claims.getSubject())
                .filter(account -> account.getRole() != Role.ADMIN && account.canLogIn())
                .filter(account -> path instanceof String p && p.startsWith("/"))
                .flatMap(account -> Optional.ofNullable(em.find(LtiPlatform.class, once.getPlatformId()))
                        .map(platform -> new Launched(
                                new LtiCredential(account.getUsername()),
                                (String) path,
                                platform.getId(),
                                platform.getAuthUrl())));
    }

    /** The account this platform's user is in Saring, linked (or opened) now if need be. */
    private Account accountFor(LtiPlatform platform, Launch launch) {
        LtiUser linked = em.find(LtiUser.class, new LtiUser.Key(platform.getId(), launch.subject()));
        if (linked != null) {
            Account account = em.find(Account.class, linked.getAccountId());
            if (account != null) {
                return account;
            }
        }
        Account account = launch.email().flatMap(accounts::findByEmail).orElseGet(() -> open(launch));
        em.persist(new LtiUser(platform.getId(), launch.subject(), account.getId()));
        return account;
    }

    /** A new account with the name and role the LMS gives, and a password nobody knows (it logs in from the LMS). */
    private Account open(Launch launch) {
        String name = launch.name()
                .map(given -> given.length() > 100 ? given.substring(0, 100) : given)
                .orElse("LMS "
                        + (launch.subject().length() > 20 ? launch.subject().substring(0, 20) : launch.subject()));
        String base = Roster.usernameBase(name);
        String username = base;
        for (int n = 2; accounts.findByUsername(username).isPresent(); n++) {
            username = base + n;
        }
        Account account = accounts.create(
                username, name, launch.teaches() ? Role.TEACHER : Role.STUDENT, random(), Optional.empty());
        em.flush(); // the account's id, for the link
        return account;
    }

    /** The class of the launch's LMS course: opened by its first teacher, joined by its students. */
    private Optional<Long> classFor(LtiPlatform platform, Launch launch, Account account) {
        if (launch.contextId().isEmpty() || launch.contextId().get().length() > 255) {
            return Optional.empty();
        }
        LtiContext context = em.createNamedQuery(LtiContext.OF_PLATFORM, LtiContext.class)
                .setParameter("platform", platform.getId())
                .setParameter("context", launch.contextId().get())
                .getResultStream()
                .findFirst()
                .orElse(null);
        String title = launch.contextTitle()
                .map(t -> t.length() > 255 ? t.substring(0, 255) : t)
                .orElse(null);
        if (context == null) {
            context = new LtiContext(platform.getId(), launch.contextId().get(), title);
            em.persist(context);
        } else {
            context.retitle(title);
        }
        // Last year's class of the course was archived when its year closed: a teacher's launch
        // opens this year's (unless this year is closed too), and students are never put in it.
        Optional<Long> open = context.getClassId().filter(classrooms::isOpen);
        if (open.isEmpty() && account.getRole() == Role.TEACHER) {
            open = classrooms
                    .createForLms(account.getUsername(), context.getTitle().orElse(null))
                    .map(SchoolClass::getId);
            open.ifPresent(context::placeIn);
        }
        if (account.getRole() == Role.STUDENT) {
            open.ifPresent(id -> classrooms.enrolFromLms(id, account.getUsername()));
        }
        return open;
    }

    /** The gradebook column of this activity, when the platform lets Saring post scores to it. */
    private void rememberGradebook(
            LtiPlatform platform, Launch launch, Account account, String course, String quiz, Instant now) {
        if (!launch.mayPostScores()
                || launch.lineItem().isEmpty()
                || launch.lineItem().get().length() > 1000) {
            return;
        }
        String lineItem = launch.lineItem().get();
        Optional<GradeLink> known = em.createNamedQuery(GradeLink.OF_QUIZ, GradeLink.class)
                .setParameter("account", account.getId())
                .setParameter("course", course)
                .setParameter("quiz", quiz)
                .getResultStream()
                .filter(link -> link.isFor(platform.getId()))
                .findFirst();
        if (known.isPresent()) {
            known.get().pointTo(lineItem, launch.subject(), now);
        } else {
            em.persist(new GradeLink(platform.getId(), account.getId(), launch.subject(), course, quiz, lineItem, now));
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
