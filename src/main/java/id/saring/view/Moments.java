package id.saring.view;

import id.saring.infrastructure.time.SchoolZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Moments in the school's time zone ({@code saring.timezone}: WIB by default; WITA and WIT schools
 * set Asia/Makassar or Asia/Jayapura): shown in the page's language, and typed by teachers as a
 * local date and time.
 */
@ApplicationScoped
@Named("moments")
public class Moments {

    @Inject
    SchoolZone schoolZone;

    public ZoneId zone() {
        return schoolZone.zone();
    }

    /** e.g. "28 Nov 2026, 23.59" in Indonesian. */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(zone())
                .format(instant);
    }

    public Instant at(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone());
    }
}
