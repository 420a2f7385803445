package id.saring.lti.boundary;

import java.io.Serial;

/** An LTI request that cannot be carried out, with the message key that explains it. */
public class LtiException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public LtiException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
