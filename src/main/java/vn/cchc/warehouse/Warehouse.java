package vn.cchc.warehouse;

import static vn.cchc.warehouse.jooq.Tables.WAREHOUSE_INFO;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import vn.cchc.catalog.DataFiles;

/**
 * The DuckDB warehouse file, migrated to the current schema on open (sql/ plus the reference
 * data and catalog as a repeatable migration). The app and the command line open it the same way.
 */
public final class Warehouse implements AutoCloseable {

    private final DuckDbDataSource dataSource;
    private final DSLContext dsl;

    private Warehouse(DuckDbDataSource dataSource) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.DUCKDB);
    }

    /** Opens (creating if needed) and migrates the warehouse with the bundled reference data. */
    public static Warehouse open(Path file) {
        return open(file, null);
    }

    /**
     * @param dataOverrideDir a directory of corrected reference/catalog CSV files (subfolders
     *                        {@code reference/} and {@code catalog/}), or null for the bundled ones
     */
    public static Warehouse open(Path file, Path dataOverrideDir) {
        DuckDbDataSource ds = new DuckDbDataSource(file);
        try {
            flyway(ds, dataOverrideDir).migrate();
            return new Warehouse(ds);
        } catch (RuntimeException e) {
            ds.close();
            throw new WarehouseException("cannot migrate the warehouse " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing, migrated warehouse read-only: nothing is written, not even a migration, so
     * it works on a read-only file system and beside other read-only users (never beside a writer:
     * DuckDB's lock refuses that).
     *
     * @throws WarehouseException when the file is missing, cannot be opened, or is not migrated to
     *                            this version (then it must be opened once writable, e.g. by a load)
     */
    public static Warehouse openReadOnly(Path file) {
        return openReadOnly(file, null);
    }

    /** @param dataOverrideDir as for {@link #open(Path, Path)}: the reference data the warehouse must already hold */
    public static Warehouse openReadOnly(Path file, Path dataOverrideDir) {
        if (!Files.isRegularFile(file)) {
            throw new WarehouseException("cannot open the warehouse " + file.toAbsolutePath() + " read-only: no such file", null);
        }
        DuckDbDataSource ds = new DuckDbDataSource(file, true);
        try {
            MigrationInfo[] pending = flyway(ds, dataOverrideDir).info().pending();
            if (pending.length > 0) {
                throw new WarehouseException("the warehouse " + ds.file() + " is not migrated to this version ("
                        + pending.length + " migration(s) pending, first: " + pending[0].getScript()
                        + "); read-only, it cannot be migrated: open it once without the read-only setting (or run a load on it)", null);
            }
            return new Warehouse(ds);
        } catch (WarehouseException e) {
            ds.close();
            throw e;
        } catch (RuntimeException e) {
            ds.close();
            throw new WarehouseException("cannot read the warehouse " + file + " read-only: " + e.getMessage(), e);
        }
    }

    /** Whether this warehouse was opened by {@link #openReadOnly}: then every write fails. */
    public boolean readOnly() {
        return dataSource.readOnly();
    }

    private static Flyway flyway(DuckDbDataSource ds, Path dataOverrideDir) {
        return Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .javaMigrations(new ReferenceDataMigration(DataFiles.in(dataOverrideDir, "reference"),
                        DataFiles.in(dataOverrideDir, "catalog")))
                .load();
    }

    /** Records that this warehouse was built from the bundled sample (every page then says so). */
    public void markAsSample(String description) {
        dsl.insertInto(WAREHOUSE_INFO)
                .set(WAREHOUSE_INFO.ID, 1)
                .set(WAREHOUSE_INFO.CREATED_AT, java.time.LocalDateTime.now())
                .set(WAREHOUSE_INFO.CREATED_FROM_SAMPLE, true)
                .set(WAREHOUSE_INFO.SAMPLE, description)
                .execute();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DuckDbDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
