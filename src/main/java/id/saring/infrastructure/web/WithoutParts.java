package id.saring.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.util.Collection;
import java.util.List;

/**
 * A request that is not multipart, asked for its uploaded files: it has none. The servlet
 * container throws instead, so a form with a file field (a school's roster) posted as a plain form
 * by a script would end in a 500; with this, the field is simply empty and the page says so.
 */
final class WithoutParts extends HttpServletRequestWrapper {

    WithoutParts(HttpServletRequest request) {
        super(request);
    }

    @Override
    public Collection<Part> getParts() {
        return List.of();
    }

    @Override
    public Part getPart(String name) {
        return null;
    }
}
