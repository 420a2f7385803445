package id.saring.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Shows a moment as a date and time in the school's time zone ({@code saring.timezone}: WIB by
 * default; WITA and WIT schools set Asia/Makassar or Asia/Jayapura), formatted for the page's
 * language. Mojarra 4.0's {@code f:convertDateTime} cannot format an {@link Instant} with a pattern.
 */
@ApplicationScoped
@FacesConverter(value = "saring.instant", managed = true)
public class InstantConverter implements Converter<Instant> {

    @Inject
    Moments moments;

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant instant) {
        return moments.format(instant);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String text) {
        throw new UnsupportedOperationException("Moments are shown, never typed in.");
    }
}
