package id.saring.infrastructure.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares Saring's one data source. Its URL comes from MicroProfile Config, so an environment
 * variable ({@code SARING_DB_URL}) moves Saring from the embedded H2 file to PostgreSQL.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "id.saring.infrastructure.database.SaringDataSource",
        url = "${MPCONFIG=saring.db.url}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300)
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/saring";
}
