package vn.cchc.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.catalog.DataFiles;
import vn.cchc.ingest.ReportParser;
import vn.cchc.warehouse.jooq.tables.records.IndicatorValuesRecord;
import vn.cchc.warehouse.jooq.tables.records.ReportValueRecord;

/**
 * sql/V9 rebuilds report_value without its foreign keys: a warehouse filled before it keeps every
 * value, the views read the new table, and the primary key still refuses a repeated value.
 */
class ValuesWithoutForeignKeysMigrationIT {

    @TempDir
    Path tmp;

    @Test
    void aWarehouseLoadedAtV8KeepsEveryValueThroughV9() throws Exception {
        Path file = tmp.resolve("v8.duckdb");
        Result<IndicatorValuesRecord> before;
        Result<ReportValueRecord> valuesBefore;
        try (DuckDbDataSource ds = new DuckDbDataSource(file)) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("8")
                    .javaMigrations(new ReferenceDataMigration(DataFiles.in(null, "reference"), DataFiles.in(null, "catalog")))
                    .load().migrate();
            DSLContext v8 = DSL.using(ds, SQLDialect.DUCKDB);
            assertThat(foreignKeysOf(v8, REPORT_VALUE)).as("V8 still has them").isEqualTo(2);
            // The loader writes report_value's columns, which V9 does not change.
            ReportLoader loader = new ReportLoader(v8);
            ReportParser parser = SeedReports.parser();
            for (String seed : SeedReports.FILES) {
                loader.load(parser.parse(seed, SeedReports.bytes(seed)));
            }
            before = v8.selectFrom(INDICATOR_VALUES)
                    .orderBy(INDICATOR_VALUES.SOURCE_FILE, INDICATOR_VALUES.INDICATOR, INDICATOR_VALUES.SOURCE_LINE).fetch();
            valuesBefore = v8.selectFrom(REPORT_VALUE).orderBy(REPORT_VALUE.REPORT_ID, REPORT_VALUE.ORDINAL).fetch();
        }
        assertThat(before).hasSizeGreaterThan(400);
        assertThat(valuesBefore.stream().filter(v -> v.getLabelRaw() != null && v.getUnitRaw() != null)).isNotEmpty();

        try (Warehouse migrated = Warehouse.open(file)) {
            DSLContext dsl = migrated.dsl();
            // Every column of every value, and the public view over them.
            assertThat(dsl.selectFrom(REPORT_VALUE).orderBy(REPORT_VALUE.REPORT_ID, REPORT_VALUE.ORDINAL).fetch())
                    .isEqualTo(valuesBefore);
            assertThat(dsl.selectFrom(INDICATOR_VALUES)
                    .orderBy(INDICATOR_VALUES.SOURCE_FILE, INDICATOR_VALUES.INDICATOR, INDICATOR_VALUES.SOURCE_LINE).fetch())
                    .isEqualTo(before);
            assertThat(foreignKeysOf(dsl, REPORT_VALUE)).isZero();
            var first = dsl.selectFrom(REPORT_VALUE).limit(1).fetchOne();
            first.changed(true);
            assertThatThrownBy(() -> dsl.insertInto(REPORT_VALUE).set(first).execute())
                    .hasMessageContaining("Duplicate key");
        }
    }

    private static int foreignKeysOf(DSLContext dsl, Table<?> table) {
        Table<?> constraints = DSL.table(DSL.name("information_schema", "table_constraints"));
        Field<String> name = DSL.field(DSL.name("table_name"), String.class);
        Field<String> type = DSL.field(DSL.name("constraint_type"), String.class);
        return dsl.fetchCount(constraints, name.eq(table.getName()).and(type.eq("FOREIGN KEY")));
    }
}
