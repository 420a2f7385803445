package id.saring.infrastructure.i18n;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Switches language on any GET page with {@code ?lang=en} or {@code ?lang=id}: remembers the
 * choice and redirects to the same page without the parameter, so the address stays clean and
 * a reload does not switch again.
 */
@WebFilter(filterName = "language", urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    static final String PARAMETER = "lang";

    @Inject
    Event<LanguageChosen> languageChosen;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only a GET's query is read: reading a POST's parameters here would parse its body before
        // RequestLimitsFilter has looked at its size.
        Optional<String> chosen = "GET".equals(request.getMethod())
                ? Languages.supported(request.getParameter(PARAMETER))
                : Optional.empty();
        if (chosen.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Languages.remember(chosen.get(), request, response);
        Principal user = request.getUserPrincipal();
        if (user != null) {
            languageChosen.fire(new LanguageChosen(user.getName(), chosen.get()));
        }
        response.sendRedirect(withoutLanguageParameter(request));
    }

    static String withoutLanguageParameter(HttpServletRequest request) {
        String query = request.getQueryString() == null
                ? ""
                : Arrays.stream(request.getQueryString().split("&"))
                        .filter(pair -> !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "="))
                        .collect(Collectors.joining("&"));
        return query.isEmpty() ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }
}
