package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_REPORT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.Warehouse;
import vn.cchc.warehouse.jooq.tables.AnalyticsReport;

/**
 * The continuing-unit key stored with each analytics_report row (sql/V11) is, for every row, the key
 * the queries used to work out per row ({@link ContinuingUnitExpression}), after a rebuild and after
 * a step: on a history across the 2025 merger (UBND tỉnh and departments along their lineage).
 */
class StoredUnitKeyIT {

    @TempDir
    Path tmp;

    @Test
    void theStoredKeyIsTheWorkedOutKeyAfterARebuildAndAfterAStep() {
        Catalog catalog = Catalog.bundled();
        ReferenceData reference = ReferenceData.bundled();
        List<BatchLoader.Text> history = new vn.cchc.sample.HistoryGenerator(catalog, reference, ContinuingUnitIT.SETTINGS)
                .generate().stream().map(r -> new BatchLoader.Text(r.fileName(), r.text().getBytes(StandardCharsets.UTF_8)))
                .toList();
        assertThat(history).hasSizeGreaterThan(40);
        try (Warehouse w = Warehouse.open(tmp.resolve("cchc.duckdb"))) {
            BatchLoader loader = new BatchLoader(new ReportParser(catalog, reference), new ReportLoader(w), 1);
            AnalyticsTables tables = new AnalyticsTables(w.dsl());
            load(loader, history.subList(0, history.size() - 3));
            assertThat(tables.ensureFresh()).isEqualTo(AnalyticsTables.Refresh.REBUILD);
            assertStoredKeysAreTheWorkedOutOnes(w);

            load(loader, history.subList(history.size() - 3, history.size()));
            assertThat(tables.ensureFresh()).isEqualTo(AnalyticsTables.Refresh.STEP);
            assertStoredKeysAreTheWorkedOutOnes(w);
        }
    }

    private static void load(BatchLoader loader, List<BatchLoader.Text> texts) {
        assertThat(loader.loadTexts(texts.iterator(), o -> { }))
                .allSatisfy(o -> assertThat(o.kind()).isEqualTo(FileOutcome.Kind.LOADED));
    }

    private static void assertStoredKeysAreTheWorkedOutOnes(Warehouse w) {
        AnalyticsReport ar = ANALYTICS_REPORT;
        var rows = w.dsl().select(ar.REPORT_ID, ar.UNIT_34, ContinuingUnitExpression.key(ar, Boundary.NEW_34))
                .from(ar).fetch();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.value2()).as("report %s", r.value1()).isEqualTo(r.value3()));
        // Merged units exist at all: the test would pass vacuously on agency ids alone.
        assertThat(rows.stream().map(r -> r.value2()).filter(k -> k != null && k.startsWith("department:"))).isNotEmpty();
        assertThat(rows.stream().map(r -> r.value2()).filter(k -> k != null && k.startsWith("province:"))).isNotEmpty();
    }
}
