package vn.cchc.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.analytics.AccessScope;
import vn.cchc.analytics.AgencyReports;
import vn.cchc.analytics.AgencyReportsQuery;
import vn.cchc.analytics.ReadAccess;
import vn.cchc.catalog.Aggregation;
import vn.cchc.catalog.AggregationRules;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.Indicator;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.sample.FileFormat;
import vn.cchc.sample.GeneratedReport;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.sample.ReportingPeriod.Kind;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.Warehouse;

/**
 * The composed province appendix against a real DuckDB file holding a generated province's
 * department and district reports (its own UBND tỉnh reports kept aside as the truth): each row
 * recomputed here in SQL over indicator_values by the catalog's rule; the "Nguồn số liệu" lists;
 * the round trip — the composed .docx and .xlsx load back as the province's UBND tỉnh report with
 * exactly the composed numbers — and the headline rows equal to the generator's own aggregate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeIT {

    static final GeneratorSettings SETTINGS = GeneratorSettings.of(20240630, 2024, 2024, 1).withAgencies(4, 2)
            .withPeriods(EnumSet.of(Kind.Q1, Kind.Q2)).withInconsistencyRate(0).withFormats(EnumSet.of(FileFormat.TXT));
    static final List<String> HEADLINE = List.of("tthc.resolved.dept", "tthc.ontime.dept", "tthc.ontime_rate.dept",
            "tthc.resolved.district", "tthc.ontime.district", "tthc.ontime_rate.district", "tthc.resolved.commune",
            "tthc.ontime.commune", "tthc.ontime_rate.commune", "dvc.received", "dvc.received_online", "dvc.online_rate",
            "staff.civil.assigned", "staff.civil.present", "staff.public.assigned", "staff.public.present");

    final Catalog catalog = Catalog.bundled();
    final AggregationRules rules = AggregationRules.bundled();
    Warehouse warehouse;
    DSLContext dsl;
    String province;
    /** The generator's own UBND tỉnh reports, by period: indicator → value. */
    final Map<String, Map<String, BigDecimal>> generatorAggregate = new HashMap<>();
    /** The department whose 2024-Q2 report is withheld. */
    String withheld;
    BatchLoader loader;

    @BeforeAll
    void generateAndLoadTheUnits(@TempDir Path tmp) {
        List<GeneratedReport> all = new HistoryGenerator(catalog, ReferenceData.bundled(), SETTINGS).generate();
        province = all.getFirst().provinceName();
        List<BatchLoader.Text> units = new ArrayList<>();
        for (GeneratedReport r : all) {
            if (r.agency().kind().code().equals("province")) {
                Map<String, BigDecimal> values = new HashMap<>();
                r.values().forEach(v -> values.put(v.indicator(), v.value()));
                generatorAggregate.put(r.period().code(), values);
            } else if (withheld == null && r.period().code().equals("2024-Q2") && r.agency().kind().code().equals("department")) {
                withheld = r.agency().name();
            } else {
                units.add(new BatchLoader.Text(r.fileName(), r.bytes()));
            }
        }
        warehouse = Warehouse.open(tmp.resolve("w.duckdb"));
        dsl = warehouse.dsl();
        loader = new BatchLoader(new ReportParser(catalog, ReferenceData.bundled()), new ReportLoader(warehouse), 1);
        List<FileOutcome> outcomes = loader.loadTexts(units.iterator(), o -> { });
        assertThat(outcomes).allSatisfy(o -> assertThat(o.kind()).as(o.fileName() + " " + o.error()).isEqualTo(FileOutcome.Kind.LOADED));
    }

    @AfterAll
    void close() {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    AgencyReports reports(String period) {
        AgencyReportsQuery q = AgencyReportsQuery.countryWide(dsl);
        AgencyReports.Period p = q.period(period).orElseThrow();
        return q.reports(q.province(province, p).orElseThrow(), p);
    }

    ProvinceAppendix compose(String period) {
        return Composer.bundled().compose(reports(period));
    }

    @Test
    void everyRowEqualsItsRuleRecomputedInSqlOverIndicatorValues() {
        ProvinceAppendix a = compose("2024-Q2");
        int checked = 0;
        Map<Aggregation, Integer> byRule = new HashMap<>();
        for (ComposedRow row : a.rows()) {
            if (row.isHeader()) {
                continue;
            }
            Indicator i = catalog.indicator(row.indicatorId()).orElseThrow();
            Aggregation rule = rules.of(i.id());
            BigDecimal expected = switch (rule) {
                case SUM -> sum(i.id(), "2024-Q2");
                case RATIO -> ratio(i, "2024-Q2");
                case MEAN -> mean(i.id(), "2024-Q2");
                case CODES, NONE -> null;
            };
            if (expected == null) {
                assertThat(row.value()).as(i.id() + " (" + rule + ")").isNull();
            } else {
                assertThat(row.value()).as(i.id() + " (" + rule + ")").isNotNull().isEqualByComparingTo(expected);
            }
            if (rule == Aggregation.CODES && row.note() != null && !row.note().isEmpty()) {
                codesInNote(i, row.note());
            }
            if (expected != null) {
                byRule.merge(rule, 1, Integer::sum);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(byRule).as("rows with a figure, by rule").containsKeys(Aggregation.SUM, Aggregation.RATIO, Aggregation.MEAN);
    }

    @Test
    void aRateIsTheRatioOfTheSumsAndItsPartsAreFilled() {
        ProvinceAppendix a = compose("2024-Q2");
        ComposedRow rate = row(a, "tthc.ontime_rate.dept");
        BigDecimal ontime = row(a, "tthc.ontime.dept").value();
        BigDecimal resolved = row(a, "tthc.resolved.dept").value();
        assertThat(ontime).isNotNull();
        assertThat(resolved).isNotNull();
        assertThat(rate.value()).isEqualByComparingTo(ontime.multiply(BigDecimal.valueOf(100)).divide(resolved, 2, RoundingMode.HALF_UP));
        // Not the mean of the departments' rates.
        BigDecimal meanOfRates = mean("tthc.ontime_rate.dept", "2024-Q2");
        assertThat(rate.value()).isNotEqualByComparingTo(meanOfRates);
        assertThat(rate.note()).contains("Tỷ lệ tính từ tổng số");
    }

    @Test
    void unreportedRowsAreEmptyNeverZeroAndCodedRowsCountUnitsPerCode() {
        ProvinceAppendix a = compose("2024-Q2");
        // Nobody reported these in 2024-Q2 (SQL says so): empty, no note claiming a figure.
        List<ComposedRow> unreported = a.rows().stream().filter(r -> !r.isHeader())
                .filter(r -> count(r.indicatorId(), "2024-Q2") == 0).toList();
        assertThat(unreported).allSatisfy(r -> {
            assertThat(r.value()).as(r.indicatorId()).isNull();
            assertThat(r.note()).as(r.indicatorId()).isEmpty();
        });
        List<ComposedRow> coded = a.rows().stream().filter(r -> !r.isHeader())
                .filter(r -> rules.of(r.indicatorId()) == Aggregation.CODES && count(r.indicatorId(), "2024-Q2") > 0).toList();
        assertThat(coded).isNotEmpty().allSatisfy(r -> {
            assertThat(r.value()).isNull();
            assertThat(r.note()).contains("cơ quan, đơn vị");
        });
        List<ComposedRow> none = a.rows().stream().filter(r -> !r.isHeader())
                .filter(r -> rules.of(r.indicatorId()) == Aggregation.NONE && count(r.indicatorId(), "2024-Q2") > 0).toList();
        assertThat(none).as("procedures in force").extracting(ComposedRow::indicatorId).contains("tthc.count.total");
        assertThat(none).allSatisfy(r -> {
            assertThat(r.value()).isNull();
            assertThat(r.note()).startsWith("Không cộng dồn");
            for (String agency : dsl.selectDistinct(INDICATOR_VALUES.AGENCY).from(INDICATOR_VALUES)
                    .where(at(r.indicatorId(), "2024-Q2")).and(INDICATOR_VALUES.VALUE.isNotNull()).fetch(INDICATOR_VALUES.AGENCY)) {
                assertThat(r.note()).contains(agency);
            }
        });
    }

    @Test
    void theSourcesListWhoContributedWhoIsMissingAndTheFindings() {
        AgencyReports in = reports("2024-Q2");
        ProvinceAppendix a = Composer.bundled().compose(in);
        List<String> filed = dsl.selectDistinct(INDICATOR_VALUES.AGENCY).from(INDICATOR_VALUES)
                .where(INDICATOR_VALUES.PROVINCE.eq(province)).and(INDICATOR_VALUES.PERIOD.eq("2024-Q2"))
                .and(INDICATOR_VALUES.AGENCY_KIND.ne("province")).fetch(INDICATOR_VALUES.AGENCY);
        assertThat(a.sources().contributors()).hasSize(filed.size());
        filed.forEach(agency -> assertThat(a.sources().contributors()).anySatisfy(c -> assertThat(c).startsWith(agency + " (")));
        assertThat(a.sources().missing()).singleElement().satisfies(m -> assertThat(m).startsWith(withheld + " ("));
        assertThat(withheld).isNotNull();
        assertThat(a.sources().contributors()).noneMatch(c -> c.startsWith(withheld + " ("));
        assertThat(a.sources().findings()).hasSize((int) in.findings().stream().filter(f -> f.indicator() == null
                || a.rows().stream().anyMatch(r -> f.indicator().equals(r.indicatorId()) && (r.value() != null || !r.note().isEmpty())))
                .count());
        assertThat(compose("2024-Q1").sources().missing()).as("nobody filed in the year before 2024-Q1").isEmpty();
    }

    @Test
    void theHeadlineRowsEqualTheGeneratorsOwnProvinceReport() {
        // 2024-Q1: every unit filed, as the generator's aggregate assumes.
        ProvinceAppendix a = compose("2024-Q1");
        Map<String, BigDecimal> truth = generatorAggregate.get("2024-Q1");
        for (String id : HEADLINE) {
            BigDecimal expected = truth.get(id);
            BigDecimal composed = row(a, id).value();
            if (expected == null) {
                assertThat(composed).as(id).isNull();
            } else {
                assertThat(composed).as(id).isNotNull().isEqualByComparingTo(expected);
            }
        }
        assertThat(truth.get("tthc.ontime_rate.dept")).isNotNull();
    }

    @Test
    void theComposedDocxAndXlsxLoadBackAsTheProvincesReportWithExactlyTheComposedNumbers() {
        ProvinceAppendix a = compose("2024-Q1");
        roundTrip(a, "tong-hop-2024-Q1.docx", new AppendixDocx().write(a));
        roundTrip(a, "tong-hop-2024-Q1.xlsx", new AppendixXlsx().write(a));
    }

    private void roundTrip(ProvinceAppendix a, String name, byte[] bytes) {
        List<FileOutcome> outcomes = loader.loadTexts(List.of(new BatchLoader.Text(name, bytes)).iterator(), o -> { });
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.kind()).as(o.error()).isEqualTo(FileOutcome.Kind.LOADED);
            assertThat(o.findings()).as("findings on " + name).extracting(f -> f.rule() + ": " + f.message())
                    .doesNotContain("metadata_missing");
        });
        Map<String, Double> read = new HashMap<>();
        dsl.select(INDICATOR_VALUES.INDICATOR, INDICATOR_VALUES.VALUE, INDICATOR_VALUES.AGENCY_KIND, INDICATOR_VALUES.PROVINCE,
                        INDICATOR_VALUES.PERIOD).from(INDICATOR_VALUES).where(INDICATOR_VALUES.SOURCE_FILE.eq(name))
                .forEach(r -> {
                    assertThat(List.of(r.value3(), r.value4(), r.value5())).isEqualTo(List.of("province", province, "2024-Q1"));
                    read.put(r.value1(), r.value2());
                });
        assertThat(read).as(name + " loaded as a report").isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (ComposedRow row : a.rows()) {
            if (row.isHeader()) {
                continue;
            }
            Double expected = row.value() == null ? null : row.value().doubleValue();
            if (!Objects.equals(expected, read.get(row.indicatorId()))) {
                wrong.add(row.indicatorId() + ": composed " + expected + ", read " + read.get(row.indicatorId()));
            }
        }
        assertThat(wrong).as(name).isEmpty();
        assertThat(read.values().stream().filter(Objects::nonNull).count())
                .isEqualTo(a.rows().stream().filter(r -> r.value() != null).count());
    }

    // ---- the expected figures, in SQL over indicator_values ------------------------------------

    /** The values of the province's units at the indicator's level, in a period. */
    Condition at(String id, String period) {
        String scope = id.substring(id.lastIndexOf('.') + 1);
        Condition kind = switch (scope) {
            case "dept", "province" -> INDICATOR_VALUES.AGENCY_KIND.eq("department");
            case "district" -> INDICATOR_VALUES.AGENCY_KIND.eq("district");
            case "commune" -> INDICATOR_VALUES.AGENCY_KIND.in("district", "commune");
            default -> INDICATOR_VALUES.AGENCY_KIND.in("department", "district", "commune");
        };
        return INDICATOR_VALUES.PROVINCE.eq(province).and(INDICATOR_VALUES.PERIOD.eq(period))
                .and(INDICATOR_VALUES.INDICATOR.eq(id)).and(kind);
    }

    int count(String id, String period) {
        return dsl.fetchCount(INDICATOR_VALUES, at(id, period).and(INDICATOR_VALUES.VALUE.isNotNull()
                .or(INDICATOR_VALUES.RAW.notIn("", "-"))));
    }

    BigDecimal sum(String id, String period) {
        Double s = dsl.select(DSL.sum(INDICATOR_VALUES.VALUE).cast(Double.class)).from(INDICATOR_VALUES)
                .where(at(id, period)).fetchOne(0, Double.class);
        return s == null ? null : BigDecimal.valueOf(s).setScale(3, RoundingMode.HALF_UP);
    }

    BigDecimal mean(String id, String period) {
        Double m = dsl.select(DSL.avg(INDICATOR_VALUES.VALUE).cast(Double.class)).from(INDICATOR_VALUES)
                .where(at(id, period)).fetchOne(0, Double.class);
        return m == null ? null : BigDecimal.valueOf(m).setScale(2, RoundingMode.HALF_UP);
    }

    BigDecimal ratio(Indicator rate, String period) {
        BigDecimal n = sum(rate.numeratorId(), period);
        BigDecimal d = sum(rate.denominatorId(), period);
        if (n == null || d == null || d.signum() == 0) {
            return mean(rate.id(), period);
        }
        return n.multiply(BigDecimal.valueOf(100)).divide(d, 2, RoundingMode.HALF_UP);
    }

    void codesInNote(Indicator i, String note) {
        for (var r : dsl.select(INDICATOR_VALUES.VALUE, DSL.count()).from(INDICATOR_VALUES)
                .where(at(i.id(), "2024-Q2")).and(INDICATOR_VALUES.VALUE.isNotNull()).groupBy(INDICATOR_VALUES.VALUE).fetch()) {
            String code = BigDecimal.valueOf(r.value1()).stripTrailingZeros().toPlainString();
            String meaning = java.util.Arrays.stream(i.codes().split(";")).filter(o -> o.split("=")[0].trim().equals(code))
                    .map(o -> o.split("=", 2)[1].trim()).findFirst().orElse("mã " + code);
            assertThat(note).as(i.id()).contains(meaning + ": " + r.value2() + " cơ quan, đơn vị");
        }
    }

    static ComposedRow row(ProvinceAppendix a, String id) {
        return a.rows().stream().filter(r -> id.equals(r.indicatorId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void aProvinceOutsideTheReadersScopeIsUnknown() {
        AgencyReportsQuery scoped = new AgencyReportsQuery(dsl, new ReadAccess(dsl, () -> AccessScope.provinces(Set.of("ha-noi-2025"))));
        AgencyReports.Period p = scoped.period("2024-Q2").orElseThrow();
        assertThat(scoped.province(province, p)).isEmpty();
    }
}
