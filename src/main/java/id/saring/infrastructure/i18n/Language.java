package id.saring.infrastructure.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The page's language, for {@code <f:view locale>} and {@code <html lang>}. */
@Named
@RequestScoped
public class Language {

    @Inject
    HttpServletRequest request;

    private String tag;

    public String getTag() {
        if (tag == null) {
            tag = Languages.of(request);
        }
        return tag;
    }

    public Locale getLocale() {
        return Languages.locale(getTag());
    }

    public boolean isIndonesian() {
        return Languages.INDONESIAN.equals(getTag());
    }
}
