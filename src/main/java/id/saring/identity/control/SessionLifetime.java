package id.saring.identity.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How long one login lasts however busy it is (the absolute timeout; the idle timeout of 30
 * minutes is web.xml's). A school PC left logged in overnight, or a stolen session cookie, stops
 * working after a school day even if someone keeps using it.
 */
public record SessionLifetime(Duration longest) {

    public SessionLifetime {
        if (longest.isNegative() || longest.isZero()) {
            throw new IllegalArgumentException("A login must last some time: " + longest);
        }
    }

    public static SessionLifetime ofHours(int hours) {
        return new SessionLifetime(Duration.ofHours(hours));
    }

    /** Whether a login made at {@code loggedInAt} is over at {@code now}. */
    public boolean isOver(Instant loggedInAt, Instant now) {
        return !now.isBefore(loggedInAt.plus(longest));
    }
}
