package id.saring.identity.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When each account last logged in, written a moment later for all the logins of that moment in one
 * transaction. On exam day a whole school scans its cards within a minute: one commit per login
 * (each written to disk at once under H2's one commit lock) held a database connection while the
 * student waited for Home; now the login answers at once and the times of a second's logins are one
 * commit. Teachers and administrators see a login {@link #DELAY_MILLIS} later at most; a server that
 * dies in that moment forgets those times (the logins themselves are not affected), and a server
 * that stops writes what it holds first.
 */
@ApplicationScoped
public class LastLogins {

    /** How long the times of logins are gathered before they are written. */
    static final long DELAY_MILLIS = 1_000;

    private static final Logger LOG = Logger.getLogger(LastLogins.class.getName());

    private final Map<String, Instant> pending = new ConcurrentHashMap<>();

    private final AtomicBoolean scheduled = new AtomicBoolean();

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Accounts accounts;

    /** Remembers a login (by normalized username) until the next write; a later one replaces it. */
    void record(String username, Instant at) {
        if (add(username, at)) {
            try {
                scheduler.schedule(this::write, DELAY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RuntimeException refused) {
                // No scheduler (the server is stopping): written now instead.
                scheduled.set(false);
                write();
            }
        }
    }

    /** Adds a login to what is pending; true when no write is scheduled yet (the caller schedules it). */
    boolean add(String username, Instant at) {
        pending.merge(username, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
        return scheduled.compareAndSet(false, true);
    }

    /** Writes the logins gathered so far in one transaction. */
    void write() {
        Map<String, Instant> batch = take();
        if (batch.isEmpty()) {
            return;
        }
        try {
            accounts.writeLogins(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the time of " + batch.size() + " logins", e);
        }
    }

    /**
     * Takes what is pending for a write: a login recorded meanwhile is in this batch or schedules the
     * next write, so none is left behind.
     */
    Map<String, Instant> take() {
        scheduled.set(false);
        Map<String, Instant> batch = new HashMap<>();
        for (String username : pending.keySet()) {
            Instant at = pending.remove(username);
            if (at != null) {
                batch.put(username, at);
            }
        }
        return batch;
    }

    @PreDestroy
    void stop() {
        write();
    }
}
