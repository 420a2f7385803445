package id.saring.infrastructure.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Saring speaks and how a choice is remembered: in a cookie on the device, and on
 * the account (a {@link LanguageChosen} event the accounts feature observes) so it follows the person to another device.
 */
public final class Languages {

    public static final String INDONESIAN = "id";
    public static final String ENGLISH = "en";
    public static final List<String> SUPPORTED = List.of(INDONESIAN, ENGLISH);
    public static final String DEFAULT = INDONESIAN;

    static final String COOKIE = "saring_lang";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

    private Languages() {}

    public static Optional<String> supported(String tag) {
        return tag != null && SUPPORTED.contains(tag) ? Optional.of(tag) : Optional.empty();
    }

    /** The language this request is to be answered in. */
    public static String of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())
                        && supported(cookie.getValue()).isPresent()) {
                    return cookie.getValue();
                }
            }
        }
        return DEFAULT;
    }

    public static Locale locale(String tag) {
        return Locale.forLanguageTag(supported(tag).orElse(DEFAULT));
    }

    public static void remember(String tag, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, supported(tag).orElse(DEFAULT));
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
