package id.saring.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SaringDataSourceTest {

    @Test
    void picksTheDriverFromTheUrl() throws SQLException {
        assertInstanceOf(org.h2.Driver.class, SaringDataSource.driverFor("jdbc:h2:mem:x"));
        assertInstanceOf(org.postgresql.Driver.class, SaringDataSource.driverFor("jdbc:postgresql://db/saring"));
    }

    @Test
    void refusesUnknownDatabasesWithAMessageSayingWhichAreKnown() {
        SQLException refused =
                assertThrows(SQLException.class, () -> SaringDataSource.driverFor("jdbc:mysql://db/saring"));
        assertTrue(refused.getMessage().contains("jdbc:postgresql:"), refused.getMessage());
        SQLException missing = assertThrows(SQLException.class, () -> SaringDataSource.driverFor(" "));
        assertTrue(missing.getMessage().contains("SARING_DB_URL"), missing.getMessage());
    }

    @Test
    void opensConnections() throws SQLException {
        SaringDataSource dataSource = new SaringDataSource();
        dataSource.setURL("jdbc:h2:mem:datasource-test");
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("H2", connection.getMetaData().getDatabaseProductName());
        }
    }
}
