package vn.cchc.warehouse;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * One DuckDB database file opened once per process; every connection handed out is a cheap
 * duplicate of the first, so they all share one database instance (DuckDB allows one writer
 * process per file).
 */
public final class DuckDbDataSource implements DataSource, AutoCloseable {

    private final DuckDBConnection root;
    private final Path file;

    /** With DuckDB's memory limit and threads as configured ({@link DuckDbSettings}). */
    public DuckDbDataSource(Path file) {
        this(file, DuckDbSettings.configured());
    }

    DuckDbDataSource(Path file, java.util.Properties duckDbConfig) {
        this.file = file.toAbsolutePath();
        try {
            Path parent = this.file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + this.file, duckDbConfig);
        } catch (SQLException | java.io.IOException e) {
            // Only a lock means another process holds the file (DuckDB allows one writing process: the web app, another load).
            String hint = FatalCause.isLock(e) ? " — another process holds it (the web app? DuckDB allows one writer)"
                    : FatalCause.of(e).map(cause -> " — " + cause).orElse("");
            throw new WarehouseException("cannot open the warehouse " + this.file + ": " + e.getMessage() + hint, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return root.duplicate();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new WarehouseException("cannot close the warehouse " + file, e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DuckDB has no JDBC-level logging to redirect.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // An embedded database has no login.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
