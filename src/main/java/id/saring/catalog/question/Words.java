package id.saring.catalog.question;

import id.saring.catalog.text.LocalizedText;
import id.saring.infrastructure.i18n.Languages;
import id.saring.infrastructure.i18n.Messages;
import java.util.Map;
import java.util.TreeMap;

/** Interface words (true, false, hoaks...) as a text in every language, for reports. */
public final class Words {

    private Words() {}

    public static LocalizedText of(String messageKey) {
        Map<String, String> byLanguage = new TreeMap<>();
        for (String language : Languages.SUPPORTED) {
            byLanguage.put(language, Messages.text(Languages.locale(language), messageKey));
        }
        return new LocalizedText(byLanguage);
    }
}
