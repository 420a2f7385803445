package id.saring.privacy.boundary;

import java.io.Serial;

/** A consent, export or erasure that cannot be carried out, with the message key explaining why. */
public class PrivacyException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public PrivacyException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
