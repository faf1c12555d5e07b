package vn.cchc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_SUPERSESSION;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;
import static vn.cchc.warehouse.jooq.Tables.WAREHOUSE_INFO;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.sample.ManifestValue;
import vn.cchc.sample.SampleShape;
import vn.cchc.warehouse.Warehouse;

/**
 * The sample warehouse the build ships in the jar (issue 12), as a first start unpacks it: its shape
 * — quarters, provinces of both generations, agencies per province, the missing share, the late
 * corrections, both templates — and the round trip: every value of every generated report read
 * back exactly, regenerated here from the same settings and the day the sample was built.
 */
class BundledSampleIT {

    @TempDir
    static Path tmp;
    static Warehouse warehouse;
    static DSLContext dsl;
    static LocalDate builtOn;

    @BeforeAll
    static void unpack() {
        assertThat(SampleWarehouse.class.getResource(SampleWarehouse.BUNDLED)).as("built by Maven before the tests").isNotNull();
        Path file = tmp.resolve("data/cchc.duckdb");
        SampleWarehouse.unpack(file);
        warehouse = Warehouse.open(file);
        dsl = warehouse.dsl();
        builtOn = dsl.select(WAREHOUSE_INFO.CREATED_AT).from(WAREHOUSE_INFO).fetchSingle().value1().toLocalDate();
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void isQuarterlyFrom2021ToTheLastCompleteQuarterForEveryProvince() {
        LocalDate through = SampleShape.lastCompleteQuarterEnd(builtOn);
        String lastQuarter = through.getYear() + "-Q" + ((through.getMonthValue() - 1) / 3 + 1);
        List<String> quarters = dsl.selectDistinct(REPORT.PERIOD_CODE).from(REPORT).where(REPORT.PERIOD_CODE.like("%-Q%"))
                .orderBy(REPORT.PERIOD_CODE).fetch(REPORT.PERIOD_CODE);
        assertThat(quarters.getFirst()).isEqualTo("2021-Q1");
        assertThat(quarters.getLast()).isEqualTo(lastQuarter);
        int expectedQuarters = (through.getYear() - 2021) * 4 + (through.getMonthValue() / 3);
        assertThat(quarters).hasSize(expectedQuarters);
        assertThat(dsl.fetchCount(REPORT)).isGreaterThanOrEqualTo(10_000);
        // H1 and year reports too, for some agencies (the provinces' aggregates).
        assertThat(dsl.fetchCount(REPORT, REPORT.PERIOD_CODE.like("%-H1"))).isPositive();
        assertThat(dsl.fetchCount(REPORT, REPORT.PERIOD_CODE.like("%-Y"))).isPositive();
        // 63 provinces before the merger, 34 after, in the quarters either side of it.
        assertThat(provincesIn("2025-Q2")).isEqualTo(63);
        assertThat(provincesIn("2025-Q3")).isEqualTo(34);
        // Both template generations.
        assertThat(dsl.selectDistinct(REPORT.TEMPLATE).from(REPORT).fetch(REPORT.TEMPLATE)).contains("2021", "2023");
    }

    private int provincesIn(String period) {
        return dsl.fetchCount(dsl.selectDistinct(REPORT.PROVINCE_SLUG).from(REPORT).where(REPORT.PERIOD_CODE.eq(period)));
    }

    @Test
    void eachProvinceHasItsAggregateEightDepartmentsAndThreeDistrictsUntilTheMerger() {
        var perProvince = dsl.select(AGENCY.PROVINCE_SLUG, AGENCY.KIND, DSL.countDistinct(AGENCY.ID))
                .from(REPORT).join(AGENCY).on(AGENCY.ID.eq(REPORT.AGENCY_ID))
                .where(REPORT.PERIOD_CODE.eq("2024-Q4"))
                .groupBy(AGENCY.PROVINCE_SLUG, AGENCY.KIND).fetch();
        Map<String, Map<String, Integer>> byProvince = new HashMap<>();
        perProvince.forEach(r -> byProvince.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        assertThat(byProvince).hasSize(63);
        // Some reports are missing (about 3 %): most provinces show all their units, none shows far fewer.
        long complete = byProvince.values().stream()
                .filter(k -> k.getOrDefault("department", 0) >= 8 && k.getOrDefault("district", 0) >= 3).count();
        assertThat(complete).isGreaterThan(40);
        assertThat(byProvince.values()).allSatisfy(k -> assertThat(k.getOrDefault("department", 0)).isBetween(6, 8));
        assertThat(dsl.fetchCount(REPORT.join(AGENCY).on(AGENCY.ID.eq(REPORT.AGENCY_ID)),
                AGENCY.KIND.eq("district").and(REPORT.PERIOD_CODE.eq("2025-Q3")))).as("no districts after 2025-06-30").isZero();
    }

    @Test
    void aboutThreePercentOfTheExpectedReportsAreMissingAndSomeWereCorrectedLate() {
        // Expected: every unit of the history, as the generator would write it complete.
        var complete = new HistoryGenerator(Catalog.bundled(), ReferenceData.bundled(), SampleWarehouse.HISTORY,
                new SampleShape(SampleShape.lastCompleteQuarterEnd(builtOn), 0, 0, SampleWarehouse.shape(builtOn).unitPeriods()));
        int[] n = {0};
        complete.forEach(r -> n[0]++);
        int expected = n[0];
        int[] g = {0};
        generator().forEach(r -> g[0]++);
        int generated = g[0];
        int corrections = dsl.fetchCount(REPORT, REPORT.FILE_NAME.contains(SampleShape.CORRECTED));
        double missing = (expected - (generated - corrections)) / (double) expected;
        assertThat(missing).isBetween(0.02, 0.04);
        assertThat(corrections).isPositive();
        // Each correction superseded its first version, which stays as history.
        assertThat(dsl.fetchCount(REPORT_SUPERSESSION.join(REPORT).on(REPORT.ID.eq(REPORT_SUPERSESSION.SUPERSEDED_BY)),
                REPORT.FILE_NAME.contains(SampleShape.CORRECTED))).isEqualTo(corrections);
        assertThat(dsl.fetchCount(ANALYTICS_REPORT, ANALYTICS_REPORT.FILE_NAME.contains(SampleShape.CORRECTED)))
                .isEqualTo(corrections);
    }

    @Test
    void everyGeneratedValueIsReadBackExactly() {
        Map<String, Long> ids = dsl.select(REPORT.FILE_NAME, REPORT.ID).from(REPORT).fetchMap(REPORT.FILE_NAME, REPORT.ID);
        Map<Long, Map<String, Double>> stored = new HashMap<>();
        dsl.select(REPORT_VALUE.REPORT_ID, REPORT_VALUE.INDICATOR_ID, REPORT_VALUE.NUMBER).from(REPORT_VALUE).fetch()
                .forEach(r -> stored.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        List<String> wrong = new ArrayList<>();
        long[] checked = {0};
        generator().forEach(report -> {
            Long id = ids.get(report.fileName());
            if (id == null) {
                wrong.add(report.fileName() + ": not loaded");
                return;
            }
            Map<String, Double> values = stored.getOrDefault(id, Map.of());
            for (ManifestValue v : report.values()) {
                checked[0]++;
                Double expected = v.value() == null ? null : v.value().doubleValue();
                if (!values.containsKey(v.indicator()) || !Objects.equals(values.get(v.indicator()), expected)) {
                    wrong.add(report.fileName() + " " + v.indicator() + ": " + v.text() + " read as " + values.get(v.indicator()));
                }
            }
        });
        assertThat(checked[0]).isGreaterThan(1_000_000);
        assertThat(wrong.subList(0, Math.min(20, wrong.size()))).as("the first of " + wrong.size() + " values read wrong")
                .isEmpty();
    }

    private static HistoryGenerator generator() {
        return new HistoryGenerator(Catalog.bundled(), ReferenceData.bundled(), SampleWarehouse.HISTORY, SampleWarehouse.shape(builtOn));
    }
}
