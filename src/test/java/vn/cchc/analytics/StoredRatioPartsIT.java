package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_RATIO;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_REPORT_SOURCE;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.Warehouse;

/**
 * The rate parts stored per report (analytics_ratio, sql/V12) are, after a rebuild and after a step,
 * what the current reports' own numbers give when worked out here afresh, report by report, from
 * report_value: Σ numerators and Σ denominators of the complete pairs, else the mean of the reported
 * rates, nothing for a report that gives neither (never a 0 for "not reported").
 */
class StoredRatioPartsIT {

    @TempDir
    Path tmp;

    @Test
    void theStoredPartsAreTheReportsOwnNumbersAfterARebuildAndAfterAStep() {
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
            assertStoredPartsAreWorkedOutAfresh(w);

            load(loader, history.subList(history.size() - 3, history.size()));
            assertThat(tables.ensureFresh()).isEqualTo(AnalyticsTables.Refresh.STEP);
            assertStoredPartsAreWorkedOutAfresh(w);
        }
    }

    @Test
    void aChangedRateDefinitionRebuilds() {
        try (Warehouse w = Warehouse.open(tmp.resolve("cchc.duckdb"))) {
            AnalyticsTables tables = new AnalyticsTables(w.dsl());
            assertThat(tables.ensureFresh()).isEqualTo(AnalyticsTables.Refresh.REBUILD);
            assertThat(tables.ensureFresh()).isEqualTo(AnalyticsTables.Refresh.NONE);
            w.dsl().update(vn.cchc.warehouse.jooq.Tables.ANALYTICS_STAMP)
                    .set(vn.cchc.warehouse.jooq.Tables.ANALYTICS_STAMP.RATIOS, "built with other rates").execute();
            assertThat(new AnalyticsTables(w.dsl()).ensureFresh()).isEqualTo(AnalyticsTables.Refresh.REBUILD);
        }
    }

    private static void load(BatchLoader loader, List<BatchLoader.Text> texts) {
        assertThat(loader.loadTexts(texts.iterator(), o -> { }))
                .allSatisfy(o -> assertThat(o.kind()).isEqualTo(FileOutcome.Kind.LOADED));
    }

    /** "report measure" → [num, den, rate], nulls kept. */
    private static void assertStoredPartsAreWorkedOutAfresh(Warehouse w) {
        Map<String, List<Double>> stored = new TreeMap<>();
        w.dsl().selectFrom(ANALYTICS_RATIO).fetch().forEach(r -> assertThat(stored.put(r.getReportId() + " " + r.getMeasureId(),
                java.util.Arrays.asList(r.getNum(), r.getDen(), r.getRate()))).as("one row per report and measure").isNull());

        Map<Long, Map<String, Double>> numbers = new HashMap<>();
        w.dsl().select(REPORT_VALUE.REPORT_ID, REPORT_VALUE.INDICATOR_ID, REPORT_VALUE.NUMBER).from(REPORT_VALUE)
                .join(ANALYTICS_REPORT_SOURCE).on(ANALYTICS_REPORT_SOURCE.REPORT_ID.eq(REPORT_VALUE.REPORT_ID))
                .where(REPORT_VALUE.NUMBER.isNotNull()).fetch()
                .forEach(r -> numbers.computeIfAbsent(r.value1(), k -> new HashMap<>()).merge(r.value2(), r.value3(), Math::max));
        Map<String, List<Double>> fresh = new TreeMap<>();
        List<Measure> rates = new MeasureCatalog(w.dsl()).all().stream().filter(Measure::isRatio).toList();
        numbers.forEach((report, given) -> {
            for (Measure m : rates) {
                List<Double> parts = workedOut(m, given);
                if (parts != null) {
                    fresh.put(report + " " + m.id(), parts);
                }
            }
        });
        assertThat(fresh).isNotEmpty();
        assertThat(stored.keySet()).isEqualTo(fresh.keySet());
        fresh.forEach((key, parts) -> {
            List<Double> s = stored.get(key);
            for (int i = 0; i < 3; i++) {
                if (parts.get(i) == null) {
                    assertThat(s.get(i)).as("%s part %d", key, i).isNull();
                } else {
                    assertThat(s.get(i)).as("%s part %d", key, i).isCloseTo(parts.get(i), org.assertj.core.data.Offset.offset(1e-9));
                }
            }
        });
        // Both kinds of row exist, else the comparison above would be vacuous for one of them.
        assertThat(fresh.values()).anySatisfy(p -> assertThat(p.get(0)).isNotNull());
        assertThat(fresh.keySet()).anySatisfy(k -> assertThat(k).endsWith(" " + MeasureCatalog.ONTIME_RATE));
    }

    /** [num, den, rate] of one report for a rate measure, or null when it gives none of it. */
    private static List<Double> workedOut(Measure m, Map<String, Double> given) {
        double num = 0;
        double den = 0;
        boolean complete = false;
        for (RatioPart p : m.parts()) {
            Double n = given.get(p.numerator());
            Double d = given.get(p.denominator());
            if (n != null && d != null) {
                complete = true;
                num += n;
                den += d;
            }
        }
        if (complete) {
            return java.util.Arrays.asList(num, den, null);
        }
        List<Double> rates = new ArrayList<>();
        m.reportedRates().stream().map(given::get).filter(r -> r != null).forEach(rates::add);
        if (rates.isEmpty()) {
            return null;
        }
        return java.util.Arrays.asList(null, null, rates.stream().mapToDouble(Double::doubleValue).sum() / rates.size());
    }
}
