package id.saring.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The web app manifest and its icons may be kept for a day: every page links them, and without
 * this a phone asked for both again with each page (about 750 bytes a page on 3G). A new icon or
 * name reaches phones within a day.
 */
@WebFilter(
        filterName = "appShellCache",
        urlPatterns = {"/manifest.webmanifest", "/icons/*"})
public class AppShellCacheFilter extends HttpFilter {

    static final String CACHE_CONTROL = "public, max-age=86400";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", CACHE_CONTROL);
        chain.doFilter(request, response);
    }
}
