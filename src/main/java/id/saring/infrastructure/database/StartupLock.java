package id.saring.infrastructure.database;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Start-up work that writes shared data (the first administrator, publishing the course folders)
 * runs on one instance at a time: instances of a cluster that start together would otherwise
 * both find no administrator, or no published course, and both try to create it. The second
 * instance waits here until the first one is done, then finds everything in place.
 *
 * <p>On PostgreSQL this is a session advisory lock held from before {@code AdminBootstrap} until
 * after {@code CourseSync} (observer priorities). An embedded H2 file is opened by one process
 * only, so there is nothing to wait for. Flyway takes its own lock for migrations, which run
 * before this.
 */
@ApplicationScoped
public class StartupLock {

    /** The same on every instance: PostgreSQL's advisory lock key for Saring's start-up work. */
    static final long KEY = 0x5341_5249_4E47L; // "SARING"

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private Connection held;

    void acquire(
            @Observes @Priority(Interceptor.Priority.APPLICATION - 1) @Initialized(ApplicationScoped.class)
                    Object start)
            throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres")) {
            connection.close();
            return;
        }
        long began = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_lock(" + KEY + ")");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        held = connection;
        long millis = (System.nanoTime() - began) / 1_000_000;
        if (millis > 100) {
            LOG.info(() -> "Waited " + millis + " ms for another instance's start-up work.");
        }
    }

    void release(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 100) @Initialized(ApplicationScoped.class)
                    Object start)
            throws SQLException {
        if (held == null) {
            return;
        }
        try (Connection connection = held;
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
        } finally {
            held = null;
        }
    }
}
