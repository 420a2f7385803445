package id.saring.identity.boundary;

import id.saring.identity.control.CardSecret;
import id.saring.identity.control.SessionLifetime;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How people prove who they are: Saring's own login page (a Faces form, so it speaks the user's
 * language) checked by {@link AccountIdentityStore}; protected pages redirect there and the login
 * comes back to where the person was going.
 *
 * <p>Who is logged in is kept as two plain strings in the session (caller and role) and told to
 * the container on every request. Jakarta Security's form mechanisms instead let Payara keep the
 * authenticated subject, and Payara loses its roles under concurrent requests (payara/Payara#6145:
 * about one request in twenty answered 403 in the load benchmark) and on another cluster member
 * (payara/Payara#6342). Two strings are replicated with the session like anything else.
 */
@ApplicationScoped
@DeclareRoles({Role.STUDENT_NAME, Role.TEACHER_NAME, Role.ADMIN_NAME})
public class SecurityConfiguration implements HttpAuthenticationMechanism {

    /** Session attributes: the caller's username, their role, and the page that asked for a login. */
    public static final String CALLER = "saring.caller";

    public static final String ROLE = "saring.role";
    public static final String RETURN_TO = "saring.returnTo";

    /** When the caller logged in (epoch milliseconds), for the absolute timeout. */
    static final String SINCE = "saring.since";

    /**
     * The hash of the login card's secret a session was opened with: when the teacher prints a new
     * card, sessions opened with the old one end at the next {@link #RECHECK_MILLIS} check.
     */
    static final String CARD = "saring.card";

    /** When the caller's account was last seen able to log in (epoch milliseconds). */
    static final String CHECKED = "saring.checked";

    /**
     * How often a logged-in caller's account is looked up again: an account erased on request or
     * closed by an administrator ends its open sessions within this time, for one indexed query per
     * session at most this often.
     */
    static final long RECHECK_MILLIS = 15_000;

    @Inject
    Accounts accounts;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginAttempts attempts;

    @Inject
    @ConfigProperty(name = "saring.session.maxHours", defaultValue = "10")
    int maxHours;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return logIn(request, response, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && (isOver(session) || !accountStillOpen(session))) {
            session.invalidate();
            session = null;
        }
        if (session != null
                && session.getAttribute(CALLER) instanceof String caller
                && session.getAttribute(ROLE) instanceof String role) {
            return context.notifyContainerAboutLogin(caller, Set.of(role));
        }
        if (context.isProtected()) {
            // Only pages are worth coming back to: not an image or a script fetched in the background.
            if ("GET".equals(request.getMethod())
                    && String.valueOf(request.getHeader("Accept")).contains("text/html")) {
                String query = request.getQueryString();
                request.getSession(true)
                        .setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    /**
     * Where a person goes after logging in: the page that asked for the login, if it was one of
     * Saring's (and forgotten then); Home otherwise.
     */
    public static String returnTo(HttpServletRequest request) {
        String home = request.getContextPath() + "/home.xhtml";
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(RETURN_TO) instanceof String page)) {
            return home;
        }
        session.removeAttribute(RETURN_TO);
        boolean ours =
                page.startsWith(request.getContextPath() + "/") && !page.startsWith("//") && !page.contains("\\");
        return ours ? page : home;
    }

    /**
     * The role this mechanism told the container about for this request, read back from the session.
     * Pages ask here rather than {@code request.isUserInRole}: Payara 7 has no authorization context
     * while it renders an error page for a request, and its role check then throws.
     */
    public static Optional<String> roleOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() == null || session == null) {
            return Optional.empty();
        }
        return session.getAttribute(ROLE) instanceof String role ? Optional.of(role) : Optional.empty();
    }

    /**
     * The login page's {@code SecurityContext.authenticate} with a username and password, checked
     * together with the browser's device cookie; a login gives the browser a new one.
     */
    private AuthenticationStatus logIn(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            Credential credential) {
        Optional<String> device = DeviceCookie.of(request);
        if (credential instanceof UsernamePasswordCredential typed && !(typed instanceof PasswordOnDevice)) {
            credential = new PasswordOnDevice(typed, device);
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                || result.getCallerGroups().size() != 1) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (credential instanceof PasswordOnDevice) {
            String caller = result.getCallerPrincipal().getName();
            DeviceCookie.give(attempts.recordSuccess(caller, device), request, response);
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(CALLER, result.getCallerPrincipal().getName());
        session.setAttribute(ROLE, result.getCallerGroups().iterator().next());
        session.setAttribute(SINCE, System.currentTimeMillis());
        session.setAttribute(CHECKED, System.currentTimeMillis());
        if (credential instanceof CardCredential card) {
            session.setAttribute(CARD, CardSecret.hashOf(card.getSecret()).orElseThrow());
        } else {
            session.removeAttribute(CARD);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Whether the caller's account still exists and may log in (and, for a session opened with a
     * login card, whether that card is still the student's), asked again every {@link #RECHECK_MILLIS}.
     */
    private boolean accountStillOpen(HttpSession session) {
        if (!(session.getAttribute(CALLER) instanceof String caller)) {
            return true;
        }
        long now = System.currentTimeMillis();
        if (session.getAttribute(CHECKED) instanceof Long checked && now - checked < RECHECK_MILLIS) {
            return true;
        }
        Object card = session.getAttribute(CARD);
        boolean open = accounts.findByUsername(caller)
                .filter(Account::canLogIn)
                .filter(account -> !(card instanceof String hash) || account.holdsCard(hash))
                .isPresent();
        if (open) {
            session.setAttribute(CHECKED, now);
        }
        return open;
    }

    /** A login older than the absolute timeout ends, however recently it was used. */
    private boolean isOver(HttpSession session) {
        return session.getAttribute(SINCE) instanceof Long since
                && SessionLifetime.ofHours(maxHours).isOver(Instant.ofEpochMilli(since), Instant.now());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
            session.removeAttribute(ROLE);
            session.removeAttribute(SINCE);
            session.removeAttribute(CHECKED);
            session.removeAttribute(CARD);
        }
    }
}
