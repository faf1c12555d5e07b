package vn.cchc.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The web app's warehouse: the same file, migrations and jOOQ context as the command line's. */
@Configuration
public class WarehouseConfig {

    /**
     * Open an existing, migrated warehouse read-only ({@link Warehouse#openReadOnly}): nothing migrated,
     * seeded or rebuilt, loading off (the intake and the dashboard's tables read the same setting).
     */
    @Value("${cchc.warehouse.read-only:false}")
    boolean readOnly;

    /**
     * @param sampleOnFirstStart when the file does not exist, build it from the bundled sample
     *                           ({@link WarehouseSeed}, the intake's sample warehouse) rather than start with an empty warehouse
     */
    @Bean(destroyMethod = "close")
    public Warehouse warehouse(@Value("${cchc.warehouse.path}") String path,
                               @Value("${cchc.data.dir:}") String dataDir,
                               @Value("${cchc.sample.on-first-start:true}") boolean sampleOnFirstStart,
                               WarehouseSeed sample) {
        Path file = Path.of(path);
        Path data = dataDir.isBlank() ? null : Path.of(dataDir);
        if (sampleOnFirstStart && !readOnly && !Files.exists(file)) {
            sample.seed(file, data);
        }
        Warehouse warehouse = readOnly ? Warehouse.openReadOnly(file, data) : Warehouse.open(file, data);
        try {
            // The dashboard's queries run faster on one thread than split over a busy server's cores (DuckDbSettings).
            DuckDbSettings.useQueryThreads(warehouse);
        } catch (RuntimeException e) {
            warehouse.close();
            throw e;
        }
        return warehouse;
    }

    /** Exposed so that Spring's own JDBC support (transactions, health) uses the same database. */
    @Bean
    public javax.sql.DataSource dataSource(Warehouse warehouse) {
        return warehouse.dataSource();
    }

    @Bean
    public DSLContext dslContext(Warehouse warehouse) {
        return warehouse.dsl();
    }
}
