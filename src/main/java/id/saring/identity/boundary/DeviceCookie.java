package id.saring.identity.boundary;

import id.saring.identity.control.DeviceToken;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cookie that carries a browser's device token ({@link DeviceToken}) from one login to the
 * next: HttpOnly (no script reads it), SameSite=Lax, Secure over HTTPS, for about a year. It is
 * kept when the person logs out: it proves nothing on its own, it only lets this browser's own
 * failures count apart from a guesser's.
 */
public final class DeviceCookie {

    public static final String NAME = "saring_device";

    private static final int MAX_AGE_SECONDS = (int) DeviceToken.LIFETIME.toSeconds();

    private DeviceCookie() {}

    /** The token the browser sent, if it sent one. */
    public static Optional<String> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(cookie -> NAME.equals(cookie.getName()))
                        .map(Cookie::getValue)
                        .findFirst();
    }

    static void give(String token, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(NAME, token);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
