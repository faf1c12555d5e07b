package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.warehouse.DuckDbSettings;
import vn.cchc.warehouse.Warehouse;
import vn.cchc.warehouse.WarehouseException;

/**
 * The web app's DuckDB runs the dashboard's queries on one thread unless told otherwise
 * ({@link DuckDbSettings#useQueryThreads}): cchc.duckdb.query-threads changes the count, and an
 * explicit cchc.duckdb.threads stands for the whole process.
 */
class QueryThreadsIT {

    @TempDir
    Path tmp;

    @AfterEach
    void forget() {
        System.clearProperty("cchc.duckdb.query-threads");
        System.clearProperty("cchc.duckdb.threads");
    }

    @Test
    void oneThreadUnlessTold() {
        assertThat(threadsAfterUseQueryThreads()).isEqualTo("1");
        System.setProperty("cchc.duckdb.query-threads", "2");
        assertThat(threadsAfterUseQueryThreads()).isEqualTo("2");
    }

    @Test
    void anExplicitThreadCountStands() {
        System.setProperty("cchc.duckdb.threads", "2");
        assertThat(threadsAfterUseQueryThreads()).isEqualTo("2");
    }

    @Test
    void aWrongCountIsNamed() {
        System.setProperty("cchc.duckdb.query-threads", "0");
        assertThatThrownBy(this::threadsAfterUseQueryThreads).isInstanceOf(WarehouseException.class)
                .hasMessageContaining("cchc.duckdb.query-threads=0");
    }

    private String threadsAfterUseQueryThreads() {
        try (Warehouse w = Warehouse.open(tmp.resolve("w.duckdb"))) {
            DuckDbSettings.useQueryThreads(w);
            return w.dsl().fetchValue(DSL.select(DSL.function("current_setting", String.class, DSL.inline("threads"))));
        }
    }
}
