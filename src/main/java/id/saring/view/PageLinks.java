package id.saring.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Links back to this very page with one setting changed (language, data saver). A bare
 * {@code ?lang=en} would drop the page's own parameters, e.g. which lesson is open.
 */
@Named("pageLinks")
@RequestScoped
public class PageLinks {

    @Inject
    HttpServletRequest request;

    public String with(String name, String value) {
        String kept = request.getQueryString() == null
                ? ""
                : Arrays.stream(request.getQueryString().split("&"))
                        .filter(pair -> !pair.isEmpty() && !pair.equals(name) && !pair.startsWith(name + "="))
                        .collect(Collectors.joining("&"));
        return request.getRequestURI() + "?" + (kept.isEmpty() ? "" : kept + "&") + name + "=" + value;
    }
}
