package id.saring.identity.boundary;

import java.io.Serial;

/**
 * A request about an account that cannot be carried out, with the message key that explains it to
 * the person in their own language.
 */
public class AccountException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
