package vn.cchc.warehouse;

import static vn.cchc.warehouse.jooq.Tables.WAREHOUSE_INFO;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
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
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .javaMigrations(new ReferenceDataMigration(DataFiles.in(dataOverrideDir, "reference"),
                            DataFiles.in(dataOverrideDir, "catalog")))
                    .load()
                    .migrate();
            return new Warehouse(ds);
        } catch (RuntimeException e) {
            ds.close();
            throw new WarehouseException("cannot migrate the warehouse " + file + ": " + e.getMessage(), e);
        }
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
