package vn.cchc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_OVERVIEW;
import static vn.cchc.warehouse.jooq.Tables.WAREHOUSE_INFO;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.analytics.WarehouseSummary;
import vn.cchc.analytics.AccessScopeSource;
import vn.cchc.analytics.ReadAccess;
import vn.cchc.analytics.WarehouseSummaryService;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.ReportingPeriod;
import vn.cchc.warehouse.Warehouse;
import vn.cchc.warehouse.WarehouseConfig;
import vn.cchc.warehouse.WarehouseException;

/**
 * The warehouse of a first start: built from the bundled sample when the file is missing, complete
 * or not at all, and said to be the sample through the summary the UI shows.
 */
class SampleWarehouseIT {

    /** A small history for the cases that are about the file, not the content. */
    static final GeneratorSettings TINY = GeneratorSettings.of(1, 2021, 2021, 1).withAgencies(2, 0)
            .withPeriods(EnumSet.of(ReportingPeriod.Kind.Q1));

    @TempDir
    static Path tmp;
    static Path file;
    static Warehouse warehouse;
    static DSLContext dsl;

    @BeforeAll
    static void buildTheRealSample() {
        file = tmp.resolve("data/cchc.duckdb");
        assertThat(file).doesNotExist();
        // As the app does it on first start, through its configuration.
        warehouse = new WarehouseConfig().warehouse(file.toString(), "", true, new SampleWarehouse());
        dsl = warehouse.dsl();
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void holdsANationalHistoryBeforeAndAfterThe2025MergerAndTheSeeds() {
        Map<String, Integer> provincesByGeneration = dsl.select(PROVINCE.GENERATION, DSL.countDistinct(REPORT.PROVINCE_SLUG))
                .from(REPORT).join(PROVINCE).on(PROVINCE.SLUG.eq(REPORT.PROVINCE_SLUG))
                .groupBy(PROVINCE.GENERATION).fetchMap(PROVINCE.GENERATION, DSL.countDistinct(REPORT.PROVINCE_SLUG));
        assertThat(provincesByGeneration).containsExactlyInAnyOrderEntriesOf(Map.of("2008", 63, "2025", 34));
        // The five real reports, loaded and current.
        assertThat(dsl.select(REPORT_OVERVIEW.SOURCE_FILE).from(REPORT_OVERVIEW)
                .where(REPORT_OVERVIEW.SOURCE_FILE.in(SampleWarehouse.SEEDS)).and(REPORT_OVERVIEW.SUPERSEDED_BY.isNull())
                .fetch(REPORT_OVERVIEW.SOURCE_FILE)).containsExactlyInAnyOrderElementsOf(SampleWarehouse.SEEDS);
        // Both sides of the merger, quarter by quarter, and every generated report loaded (none left out as failed).
        assertThat(dsl.selectDistinct(REPORT.PERIOD_CODE).from(REPORT).fetch(REPORT.PERIOD_CODE))
                .contains("2021-Q1", "2024-Y", "2025-Q2", "2025-Q3");
        assertThat(dsl.fetchCount(REPORT)).isGreaterThan(10_000);
        assertThat(dsl.fetchCount(REPORT, REPORT.AGENCY_ID.isNull().or(REPORT.PERIOD_CODE.isNull()))).isZero();
    }

    @Test
    void saysItIsTheSampleAndWhenItWasBuilt() {
        WarehouseSummary summary = new WarehouseSummaryService(dsl, new ReadAccess(dsl, AccessScopeSource.countryWide())).summary();
        assertThat(summary.createdFromSample()).isTrue();
        assertThat(summary.createdAt()).isNotNull();
        assertThat(summary.sample()).contains("sample");
        assertThat(summary.currentReports()).isGreaterThan(10_000);
        assertThat(file.resolveSibling("cchc.duckdb.building")).doesNotExist();
    }

    @Test
    void anExistingWarehouseIsOpenedAsItIs() {
        Path other = tmp.resolve("existing.duckdb");
        SampleWarehouse.build(other, null, TINY, w -> { });
        int reports;
        try (Warehouse w = Warehouse.open(other)) {
            reports = w.dsl().fetchCount(REPORT);
        }
        try (Warehouse w = new WarehouseConfig().warehouse(other.toString(), "", true, new SampleWarehouse())) {
            assertThat(w.dsl().fetchCount(REPORT)).isEqualTo(reports).isPositive();
        }
    }

    @Test
    void withTheSampleTurnedOffAMissingWarehouseStartsEmpty() {
        Path empty = tmp.resolve("empty.duckdb");
        try (Warehouse w = new WarehouseConfig().warehouse(empty.toString(), "", false, new SampleWarehouse())) {
            assertThat(w.dsl().fetchCount(REPORT)).isZero();
            assertThat(w.dsl().fetchCount(WAREHOUSE_INFO)).isZero();
            assertThat(new WarehouseSummaryService(w.dsl(), new ReadAccess(w.dsl(), AccessScopeSource.countryWide())).summary().createdFromSample()).isFalse();
        }
    }

    @Test
    void aBuildThatFailsLeavesNoFileBehind() {
        Path target = tmp.resolve("failing/cchc.duckdb");
        assertThatThrownBy(() -> SampleWarehouse.build(target, null, TINY, w -> {
            throw new IllegalStateException("the machine died half-way");
        })).isInstanceOf(WarehouseException.class).hasMessageContaining("half-way");

        assertThat(target).doesNotExist();
        assertThat(target.resolveSibling("cchc.duckdb.building")).doesNotExist();
        assertThat(target.resolveSibling("cchc.duckdb.building.wal")).doesNotExist();
    }

    @Test
    void aHalfBuiltFileOfAnEarlierStartIsNoWarehouseAndIsBuiltAgain() throws Exception {
        Path target = tmp.resolve("crashed/cchc.duckdb");
        Files.createDirectories(target.getParent());
        Files.writeString(target.resolveSibling("cchc.duckdb.building"), "what a killed start left");

        SampleWarehouse.Built again = SampleWarehouse.build(target, null, TINY, w -> { });

        assertThat(again.failed()).isZero();
        assertThat(target.resolveSibling("cchc.duckdb.building")).doesNotExist();
        try (Warehouse w = Warehouse.open(target)) {
            assertThat(w.dsl().fetchCount(REPORT)).isEqualTo(again.reports()).isPositive();
            assertThat(w.dsl().fetchValue(DSL.select(WAREHOUSE_INFO.CREATED_FROM_SAMPLE).from(WAREHOUSE_INFO))).isTrue();
        }
    }
}
