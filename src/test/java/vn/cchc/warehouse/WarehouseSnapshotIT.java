package vn.cchc.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;

/**
 * A snapshot taken in the process that holds the warehouse — as the app does for an admin — while
 * a load commits batch after batch: every copy opens as a migrated warehouse and holds whole
 * reports only (each with all its values); the last one, taken after the load, equals the warehouse.
 */
class WarehouseSnapshotIT {

    @TempDir
    Path tmp;

    /** sha256 → number of values stored. */
    private static Map<String, Integer> valueCounts(DSLContext dsl) {
        return dsl.select(REPORT.SHA256, count(REPORT_VALUE.ORDINAL)).from(REPORT).leftJoin(REPORT_VALUE)
                .on(REPORT_VALUE.REPORT_ID.eq(REPORT.ID)).groupBy(REPORT.SHA256).fetchMap(REPORT.SHA256, count(REPORT_VALUE.ORDINAL));
    }

    private static List<List<Object>> rows(DSLContext dsl) {
        return dsl.selectFrom(INDICATOR_VALUES).orderBy(INDICATOR_VALUES.fields()).fetch().map(r -> Arrays.asList(r.intoArray()));
    }

    @Test
    void snapshotsDuringALoadHoldWholeReportsOnly() throws Exception {
        Catalog catalog = Catalog.bundled();
        ReferenceData reference = ReferenceData.bundled();
        HistoryGenerator.Summary history = new HistoryGenerator(catalog, reference,
                GeneratorSettings.of(5, 2025, 2025, 1).withAgencies(3, 1)).write(tmp.resolve("history"), r -> { });
        List<Path> files = BatchLoader.collect(List.of(history.reportFolder()));
        List<Path> copies = new ArrayList<>();
        try (Warehouse warehouse = Warehouse.open(tmp.resolve("w.duckdb"))) {
            // Small batches: many commits for the snapshots to fall between.
            BatchLoader loader = new BatchLoader(new ReportParser(catalog, reference), new ReportLoader(warehouse), 1, 3);
            CompletableFuture<List<FileOutcome>> load = CompletableFuture.supplyAsync(() -> loader.load(files, o -> { }));
            while (!load.isDone()) {
                Path copy = tmp.resolve("copy-" + copies.size() + ".duckdb");
                WarehouseSnapshot.take(warehouse, copy, false);
                copies.add(copy);
            }
            List<FileOutcome> outcomes = load.get();
            assertThat(outcomes).allSatisfy(o -> assertThat(o.kind()).isIn(FileOutcome.Kind.LOADED, FileOutcome.Kind.DUPLICATE));
            Path last = tmp.resolve("last.duckdb");
            WarehouseSnapshot.take(warehouse, last, false);

            Map<String, Integer> whole = valueCounts(warehouse.dsl());
            assertThat(whole).hasSize((int) outcomes.stream().filter(o -> o.kind() == FileOutcome.Kind.LOADED).count()).hasSizeGreaterThan(20);
            int midLoad = 0;
            for (Path copy : copies) {
                try (Warehouse w = Warehouse.openReadOnly(copy)) {
                    Map<String, Integer> held = valueCounts(w.dsl());
                    held.forEach((sha, values) -> assertThat(values).as(copy + ": " + sha).isEqualTo(whole.get(sha)));
                    if (!held.isEmpty() && held.size() < whole.size()) {
                        midLoad++;
                    }
                }
            }
            assertThat(midLoad).as("snapshots that fell between two commits of the load, of " + copies.size()).isPositive();
            try (Warehouse w = Warehouse.openReadOnly(last)) {
                assertThat(rows(w.dsl())).isEqualTo(rows(warehouse.dsl())).isNotEmpty();
            }
        }
    }
}
