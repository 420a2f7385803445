package id.saring.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many unknown card secrets one client (an address) may send in a window before it is told to
 * wait. It only ever counts secrets that matched no card: a right one is let in whatever the count,
 * because a whole school may share one address behind its router, and a flood from one phone there
 * must not shut every classmate's card out. What it stops is a scanner filling the log and the
 * server's time; guessing is hopeless anyway with 256 random bits.
 *
 * <p>Kept in memory, per server: a restart forgets it, which costs a scanner nothing it could use.
 * When too many clients are counted at once (an address-hopping flood), the oldest windows are
 * forgotten first, so memory stays bounded.
 */
public final class CardThrottle {

    /** Sixty unknown secrets in ten minutes: a class or two scanning their old cards after a reprint stay under it. */
    public static CardThrottle standard() {
        return new CardThrottle(60, Duration.ofMinutes(10), 10_000);
    }

    private final int allowed;
    private final Duration window;
    private final int maxClients;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {}

    public CardThrottle(int allowed, Duration window, int maxClients) {
        this.allowed = allowed;
        this.window = Objects.requireNonNull(window);
        this.maxClients = maxClients;
    }

    /** Counts an unknown secret from {@code client}; whether the client is still within its allowance. */
    public boolean recordUnknown(String client, Instant now) {
        if (windows.size() >= maxClients) {
            windows.entrySet().removeIf(entry -> isOver(entry.getValue(), now));
            if (windows.size() >= maxClients) {
                windows.clear();
            }
        }
        Window counted = windows.merge(
                String.valueOf(client),
                new Window(now, 1),
                (old, one) -> isOver(old, now) ? one : new Window(old.start(), old.count() + 1));
        return counted.count() <= allowed;
    }

    private boolean isOver(Window counted, Instant now) {
        return !counted.start().plus(window).isAfter(now);
    }
}
