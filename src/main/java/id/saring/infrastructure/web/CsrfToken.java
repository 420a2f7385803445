package id.saring.infrastructure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that proves a POST to one of Saring's plain servlets (saving an answer, marking a
 * lesson read, joining a class, starting a quiz, logging out) came from a page Saring rendered for
 * this session: pages put it in a hidden field, the quiz script also sends it as a header
 * ({@link #HEADER}), and {@link CsrfFilter} refuses a request without it. Faces forms have their own
 * proof, the server-side view state. One token per session; a new login gets a new session.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    /** Form field and header that carry the token. */
    public static final String FIELD = "csrf";

    public static final String HEADER = "X-CSRF-Token";

    static final String SESSION_ATTRIBUTE = "saring.csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    /** This session's token, made on first use. */
    public String getToken() {
        return of(request.getSession(true));
    }

    /** This session's token, made on first use (for a filter that writes a page without Faces). */
    public static String of(HttpSession session) {
        Object token = session.getAttribute(SESSION_ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        session.setAttribute(SESSION_ATTRIBUTE, made);
        return made;
    }

    /** Whether {@code given} is this session's token (compared in constant time). */
    static boolean matches(HttpSession session, String given) {
        return given != null
                && session.getAttribute(SESSION_ATTRIBUTE) instanceof String token
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.UTF_8));
    }
}
