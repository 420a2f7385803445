package id.saring.infrastructure.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Faces messages from the message bundles, in the language of the current page.
 */
public final class Messages {

    public static final String BUNDLE = "id.saring.i18n.messages";

    private Messages() {}

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A message for the page a POST redirects to (post-redirect-get). */
    public static void infoAfterRedirect(String key, Object... arguments) {
        info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** An error shown beside one field (its client id), as well as in the page's summary. */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
