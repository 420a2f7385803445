package id.saring.quiz.boundary;

import java.io.Serial;

/** A request about an attempt that cannot be carried out, with the message key explaining why. */
public class AttemptException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AttemptException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
