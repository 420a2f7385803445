package id.saring.infrastructure.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that picks the JDBC driver from the URL, so that pointing Saring at PostgreSQL
 * is one setting ({@code saring.db.url}) instead of a URL and a matching driver class name.
 *
 * <p>Payara's connection pool wraps it: this class only opens physical connections. User and
 * password are optional because both supported databases accept them inside the URL.
 */
public class SaringDataSource implements DataSource {

    static final String H2_PREFIX = "jdbc:h2:";
    static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    private String url;
    private String user;
    private String password;
    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    public void setUrl(String url) {
        this.url = url;
    }

    /** Same as {@link #setUrl}; some pool implementations look for the upper-case spelling. */
    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isBlank()) {
            properties.setProperty("user", username);
        }
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        Connection connection = driverFor(url).connect(url, properties);
        if (connection == null) {
            throw new SQLException("The database driver refused the URL configured in saring.db.url.");
        }
        return connection;
    }

    /** The driver for a configured URL; unknown databases are refused with a message saying which are known. */
    static Driver driverFor(String url) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database configured: set saring.db.url (environment variable SARING_DB_URL).");
        }
        if (url.startsWith(H2_PREFIX)) {
            return new org.h2.Driver();
        }
        if (url.startsWith(POSTGRESQL_PREFIX)) {
            return new org.postgresql.Driver();
        }
        throw new SQLException("Saring supports databases whose URL starts with " + H2_PREFIX + " or "
                + POSTGRESQL_PREFIX + "; saring.db.url starts otherwise.");
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
