package id.saring.infrastructure.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares Saring's one data source. Its URL comes from MicroProfile Config, so an environment
 * variable ({@code SARING_DB_URL}) moves Saring from the embedded H2 file to PostgreSQL.
 *
 * <p>No connection matching ({@code fish.payara.match-connections=false}): Payara turns it on for
 * pools declared by an application (a pool made by an administrator has it off). Matching makes
 * every borrow walk the free connections under the pool's write lock and, for each, read the
 * credentials of one shared {@code javax.security.auth.Subject} under its monitor, though all of
 * Saring's connections are opened alike. In a burst of card logins (benchmark.sh, Java Flight
 * Recorder) that was where request threads waited most: 335 s summed blocked on that monitor and
 * about 200 s parked on the pool's lock, in 4 minutes of 50 students.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "id.saring.infrastructure.database.SaringDataSource",
        url = "${MPCONFIG=saring.db.url}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = "fish.payara.match-connections=false")
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/saring";
}
