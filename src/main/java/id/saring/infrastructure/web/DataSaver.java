package id.saring.infrastructure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Hemat data": on this device, lesson images wait until they are tapped. Kept in a cookie, like
 * the language, because it belongs to the phone and its data plan, not to the account.
 */
@Named("dataSaver")
@RequestScoped
public class DataSaver {

    static final String COOKIE = "saring_hemat";
    static final String PARAMETER = "hemat";

    @Inject
    HttpServletRequest request;

    public boolean isOn() {
        return isOn(request);
    }

    /** Whether this device asked for "hemat data" (its cookie). */
    public static boolean isOn(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return "1".equals(cookie.getValue());
                }
            }
        }
        return false;
    }

    static void remember(boolean on, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, on ? "1" : "0");
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 60 * 60);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
