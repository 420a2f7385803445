package id.saring.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The migrations build the schema on an empty H2 database, as on a school's first start. */
class MigrationsTest {

    @Test
    void buildTheSchemaOnAnEmptyDatabaseAndAreIdempotent() throws SQLException {
        SaringDataSource dataSource = new SaringDataSource();
        dataSource.setUrl("jdbc:h2:mem:migrations-test;DB_CLOSE_DELAY=-1");
        Flyway flyway = Migrations.flyway(dataSource);

        MigrateResult first = flyway.migrate();
        MigrateResult second = flyway.migrate();

        assertTrue(first.migrationsExecuted > 0);
        assertEquals(0, second.migrationsExecuted);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet next = statement.executeQuery("select next value for account_seq")) {
                next.next();
                assertEquals(50, next.getLong(1), "EclipseLink needs the first value to equal the allocation size");
            }
            statement.executeUpdate(
                    "insert into account (id, username, display_name, role, password_hash, active, created_at, version)"
                            + " values (1, 'budi', 'Budi', 'STUDENT', 'x', true, current_timestamp, 0)");
            assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate(
                            "insert into account (id, username, display_name, role, password_hash, active, created_at, version)"
                                    + " values (2, 'budi', 'Budi Lain', 'STUDENT', 'x', true, current_timestamp, 0)"),
                    "usernames are unique");
            assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate(
                            "insert into account (id, username, display_name, role, password_hash, active, created_at, version)"
                                    + " values (3, 'kepala', 'Kepala', 'PRINCIPAL', 'x', true, current_timestamp, 0)"),
                    "only known roles");
        }
    }
}
