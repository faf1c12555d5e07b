package vn.cchc.warehouse;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The web app's warehouse: the same file, migrations and jOOQ context as the command line's. */
@Configuration
public class WarehouseConfig {

    @Bean(destroyMethod = "close")
    public Warehouse warehouse(@Value("${cchc.warehouse.path}") String path,
                               @Value("${cchc.data.dir:}") String dataDir) {
        return Warehouse.open(Path.of(path), dataDir.isBlank() ? null : Path.of(dataDir));
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
