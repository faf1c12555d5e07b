package vn.cchc.security;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;
import vn.cchc.warehouse.DuckDbDataSource;
import vn.cchc.warehouse.WarehouseException;

/**
 * The account store's database, migrated from sql/accounts on open: a DuckDB file of its own
 * ({@code CCHC_ACCOUNTS}, default data/cchc-accounts.duckdb), or any JDBC database the migrations run
 * on — PostgreSQL for a larger deployment ({@code CCHC_ACCOUNTS_URL}, with the user and password in
 * {@code CCHC_ACCOUNTS_USER} / {@code CCHC_ACCOUNTS_PASSWORD}, never on a command line).
 */
public final class AccountDatabase implements AutoCloseable {

    private final AutoCloseable owned;
    private final DSLContext dsl;

    private AccountDatabase(DataSource dataSource, AutoCloseable owned, SQLDialect dialect) {
        this.owned = owned;
        this.dsl = DSL.using(dataSource, dialect);
    }

    /** Where the accounts live: a DuckDB file, or a JDBC URL with its credentials. */
    public record Location(Path file, String url, String user, String password) {

        public static Location file(Path file) {
            return new Location(file, null, null, null);
        }

        public static Location url(String url, String user, String password) {
            return new Location(null, url, user, password);
        }

        @Override
        public String toString() {
            return file != null ? file.toString() : url; // never the password
        }
    }

    public static AccountDatabase open(Location location) {
        AccountDatabase db;
        DataSource ds;
        if (location.url() == null) {
            DuckDbDataSource duck;
            try {
                duck = new DuckDbDataSource(location.file());
            } catch (WarehouseException e) {
                // Typically the file is held by another process (DuckDB allows one writer per file).
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new AccountException("cannot open the account store " + location + ": " + cause.getMessage());
            }
            ds = duck;
            db = new AccountDatabase(duck, duck, SQLDialect.DUCKDB);
        } else {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(location.url());
            config.setUsername(location.user());
            config.setPassword(location.password());
            config.setMaximumPoolSize(4);
            config.setPoolName("cchc-accounts");
            HikariDataSource pool = new HikariDataSource(config);
            ds = pool;
            db = new AccountDatabase(pool, pool, JDBCUtils.dialect(location.url()));
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/accounts").load().migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw new AccountException("cannot open the account store " + location + ": " + e.getMessage());
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        try {
            owned.close();
        } catch (Exception e) {
            throw new AccountException("cannot close the account store: " + e.getMessage());
        }
    }
}
