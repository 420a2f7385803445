package id.saring.classroom.boundary;

import java.io.Serial;

/** A request about a class that cannot be carried out, with the message key explaining why. */
public class ClassroomException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public ClassroomException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
