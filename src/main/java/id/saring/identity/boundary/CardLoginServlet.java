package id.saring.identity.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import id.saring.identity.control.CardThrottle;
import id.saring.identity.entity.Account;
import id.saring.infrastructure.i18n.Languages;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Logs a student in with the secret of their login card. The card's QR code opens {@code
 * card.xhtml#<secret>}: the secret rides in the fragment, which browsers never send to a server, so
 * it stays out of access logs, proxies and Referer headers; the page's small script posts it here
 * (a POST of a Saring page, with the session's CSRF token, like every plain servlet's form).
 *
 * <p>A right secret logs in exactly as a password does ({@link SecurityConfiguration}: caller and
 * role in the session, the same timeouts and account checks), then the session id changes and the
 * student's language is remembered. A wrong one goes back to the card page, which says so in the
 * student's language ({@link #REFUSED}), or asks to wait when this address has sent too many
 * ({@link #WAIT}, {@link CardThrottle}).
 */
@WebServlet("/card")
public class CardLoginServlet extends HttpServlet {

    /** The form field that carries the secret. */
    public static final String SECRET = "k";

    /** The card page's parameter that says "this card does not (or no longer) work". */
    public static final String REFUSED = "ditolak";

    /** The card page's parameter that says "too many unknown cards from here: wait". */
    public static final String WAIT = "tunggu";

    private static final Logger LOG = Logger.getLogger(CardLoginServlet.class.getName());

    private final transient CardThrottle throttle = CardThrottle.standard();

    @Inject
    transient SecurityContext securityContext;

    @Inject
    transient Accounts accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        String secret = request.getParameter(SECRET);
        if (request.getUserPrincipal() != null
                && accounts.findByCard(secret).filter(Account::canLogInWithCard).isPresent()) {
            // Someone else is still logged in on this shared phone or PC: they are logged out first.
            // A card that opens nothing leaves them as they were.
            request.logout();
        }
        AuthenticationStatus status =
                securityContext.authenticate(request, response, withParams().credential(new CardCredential(secret)));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            String caller = (String) request.getSession().getAttribute(SecurityConfiguration.CALLER);
            accounts.languageOf(caller).ifPresent(language -> Languages.remember(language, request, response));
            response.sendRedirect(request.getContextPath() + "/home.xhtml");
            return;
        }
        boolean within = throttle.recordUnknown(request.getRemoteAddr(), Instant.now());
        if (within) {
            LOG.info("Unknown or replaced login card scanned");
        }
        response.sendRedirect(request.getContextPath() + "/card.xhtml?" + (within ? REFUSED : WAIT));
    }
}
