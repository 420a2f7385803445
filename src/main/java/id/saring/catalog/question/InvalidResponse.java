package id.saring.catalog.question;

import java.io.Serial;

/**
 * An answer that no page of this question could have sent: a choice id it does not have, a
 * name it does not read. Refused whole, never partly stored.
 */
public class InvalidResponse extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public InvalidResponse(String detail) {
        super(detail);
    }
}
