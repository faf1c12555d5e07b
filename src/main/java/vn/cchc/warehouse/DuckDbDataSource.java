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
    private final boolean readOnly;

    /** With DuckDB's memory limit and threads as configured ({@link DuckDbSettings}). */
    public DuckDbDataSource(Path file) {
        this(file, DuckDbSettings.configured());
    }

    /**
     * @param readOnly open an existing file without a writer's lock and without ever writing to it
     *                 (several read-only processes may share it; a writer cannot open it meanwhile)
     */
    public DuckDbDataSource(Path file, boolean readOnly) {
        this(file, withAccess(DuckDbSettings.configured(), readOnly));
    }

    DuckDbDataSource(Path file, java.util.Properties duckDbConfig) {
        this.file = file.toAbsolutePath();
        this.readOnly = Boolean.parseBoolean(duckDbConfig.getProperty(READ_ONLY));
        try {
            Path parent = this.file.getParent();
            if (parent != null && !readOnly) {
                Files.createDirectories(parent);
            }
            this.root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + this.file, duckDbConfig);
        } catch (SQLException | java.io.IOException e) {
            // Only a lock means another process holds the file (DuckDB allows one writing process: the web app, another load).
            String hint = FatalCause.isLock(e) ? (readOnly
                    ? " — another process holds it for writing (the web app? a load?): use the app's exports or a snapshot"
                    : " — another process holds it (the web app? DuckDB allows one writer)")
                    : FatalCause.of(e).map(cause -> " — " + cause).orElse("");
            throw new WarehouseException("cannot open the warehouse " + this.file + ": " + e.getMessage() + hint, e);
        }
    }

    /** DuckDB JDBC's own property: the database opened with access_mode READ_ONLY. */
    private static final String READ_ONLY = "duckdb.read_only";

    private static java.util.Properties withAccess(java.util.Properties config, boolean readOnly) {
        if (readOnly) {
            config.setProperty(READ_ONLY, "true");
        }
        return config;
    }

    public boolean readOnly() {
        return readOnly;
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
