package vn.cchc.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's memory limit and threads come from the configuration and reach the database. */
class DuckDbSettingsIT {

    @TempDir
    Path tmp;

    private static String setting(DuckDbDataSource ds, String name) {
        return DSL.using(ds, SQLDialect.DUCKDB)
                .select(DSL.function(DSL.name("current_setting"), String.class, DSL.inline(name))).fetchOne().value1();
    }

    @Test
    void theConfiguredLimitAndThreadsAreDuckDbsSettings() {
        var config = DuckDbSettings.from(name -> name.equals("cchc.duckdb.threads") ? "1" : null,
                Map.of("CCHC_DUCKDB_MEMORY_LIMIT", "300MB"));
        try (DuckDbDataSource ds = new DuckDbDataSource(tmp.resolve("w.duckdb"), config)) {
            assertThat(setting(ds, "threads")).isEqualTo("1");
            assertThat(setting(ds, "memory_limit")).isEqualTo("286.1 MiB"); // 300 MB in DuckDB's binary units
        }
    }

    @Test
    void unsetTheDefaultsOfDuckDbApply() {
        assertThat(DuckDbSettings.from(name -> null, Map.of())).isEmpty();
    }

    @Test
    void aValueThatIsNoSizeOrCountIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> DuckDbSettings.from(name -> name.equals("cchc.duckdb.memory-limit") ? "lots" : null, Map.of()))
                .hasMessageContaining("cchc.duckdb.memory-limit=lots");
        assertThatThrownBy(() -> DuckDbSettings.from(name -> null, Map.of("CCHC_DUCKDB_THREADS", "0")))
                .hasMessageContaining("cchc.duckdb.threads=0");
    }
}
