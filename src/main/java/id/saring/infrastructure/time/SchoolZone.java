package id.saring.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The school's time zone ({@code saring.timezone}, environment {@code SARING_TIMEZONE}): WIB by
 * default; WITA and WIT schools set Asia/Makassar or Asia/Jayapura. Moments are stored in UTC;
 * dates are typed, shown and counted in this zone.
 */
@ApplicationScoped
public class SchoolZone {

    public static final String PROPERTY = "saring.timezone";

    /** Western Indonesia Time (WIB). */
    public static final String DEFAULT = "Asia/Jakarta";

    @Inject
    @ConfigProperty(name = PROPERTY, defaultValue = DEFAULT)
    String timezone;

    public ZoneId zone() {
        return ZoneId.of(timezone);
    }
}
