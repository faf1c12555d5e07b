package vn.cchc.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.cchc.warehouse.jooq.Tables.FINDING;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_OVERVIEW;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.warehouse.jooq.tables.records.IndicatorValuesRecord;

/**
 * The foundation's promise: loading the five real seed reports into a real DuckDB file gives
 * every row of seeds/expected.csv through the public view indicator_values, and loading the
 * folder again adds nothing.
 */
class SeedLoadIT {

    @TempDir
    static Path tmp;
    static Warehouse warehouse;
    static DSLContext dsl;
    static List<FileOutcome> firstLoad;

    @BeforeAll
    static void loadSeeds() throws Exception {
        Path folder = SeedReports.copyTo(tmp.resolve("reports"));
        warehouse = Warehouse.open(tmp.resolve("cchc.duckdb"));
        dsl = warehouse.dsl();
        firstLoad = new BatchLoader(SeedReports.parser(), new ReportLoader(warehouse), 2)
                .load(BatchLoader.collect(List.of(folder)), o -> { });
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    static Stream<Map<String, String>> expectedRows() {
        return SeedReports.expected().stream();
    }

    @Test
    void everySeedLoadsWithoutFailure() {
        assertThat(firstLoad).extracting(FileOutcome::kind).containsOnly(FileOutcome.Kind.LOADED).hasSize(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedRows")
    void expectedValueIsInTheWarehouse(Map<String, String> row) {
        String file = row.get("seed");
        String key = row.get("key");
        String expected = row.get("expected");
        if (key.equals("meta.doc_number")) {
            assertThat(dsl.select(REPORT_OVERVIEW.DOC_NUMBER).from(REPORT_OVERVIEW)
                    .where(REPORT_OVERVIEW.SOURCE_FILE.eq(file)).fetchOne(REPORT_OVERVIEW.DOC_NUMBER)).isEqualTo(expected);
            return;
        }
        if (key.startsWith("meta.")) {
            var column = switch (key) {
                case "meta.province" -> INDICATOR_VALUES.PROVINCE;
                case "meta.agency" -> INDICATOR_VALUES.AGENCY;
                case "meta.agency_kind" -> INDICATOR_VALUES.AGENCY_KIND;
                case "meta.period" -> INDICATOR_VALUES.PERIOD;
                case "meta.template" -> INDICATOR_VALUES.TEMPLATE;
                default -> throw new IllegalArgumentException(key);
            };
            assertThat(dsl.selectDistinct(column).from(INDICATOR_VALUES).where(INDICATOR_VALUES.SOURCE_FILE.eq(file))
                    .fetch(column)).as(key).containsExactly(expected);
            return;
        }
        Result<IndicatorValuesRecord> values = dsl.selectFrom(INDICATOR_VALUES)
                .where(INDICATOR_VALUES.SOURCE_FILE.eq(file)).and(INDICATOR_VALUES.INDICATOR.eq(key)).fetch();
        assertThat(values).as("%s in %s", key, file).hasSize(1);
        IndicatorValuesRecord v = values.getFirst();
        if (expected.equals("NULL")) {
            assertThat(v.getValue()).as("%s is not reported: NULL, never 0 (raw '%s')", key, v.getRaw()).isNull();
        } else {
            assertThat(v.getValue()).as("%s (raw '%s')", key, v.getRaw()).isNotNull()
                    .isCloseTo(Double.parseDouble(expected), within(1e-9));
        }
        assertThat(v.getRaw()).isNotNull();
        assertThat(v.getSourceLine()).isPositive();
    }

    @Test
    void loadingTheSameFolderAgainAddsNothing() throws Exception {
        int reports = dsl.fetchCount(REPORT);
        int values = dsl.fetchCount(REPORT_VALUE);
        int findings = dsl.fetchCount(FINDING);
        List<FileOutcome> again = new BatchLoader(SeedReports.parser(), new ReportLoader(warehouse), 2)
                .load(BatchLoader.collect(List.of(tmp.resolve("reports"))), o -> { });
        assertThat(again).extracting(FileOutcome::kind).containsOnly(FileOutcome.Kind.DUPLICATE).hasSize(5);
        assertThat(dsl.fetchCount(REPORT)).isEqualTo(reports);
        assertThat(dsl.fetchCount(REPORT_VALUE)).isEqualTo(values);
        assertThat(dsl.fetchCount(FINDING)).isEqualTo(findings);
    }

    @Test
    void seed003InconsistenciesAreFound() {
        assertThat(findings("003_6e93ae04989b8532.txt", "rate_mismatch"))
                .anyMatch(m -> m.startsWith("dvc.online_rate ") && m.contains("35.08") && m.contains("20.83"))
                .anyMatch(m -> m.startsWith("finance.disbursement_rate ") && m.contains("1.34") && m.contains("81.51"));
        assertThat(findings("003_6e93ae04989b8532.txt", "part_exceeds_total"))
                .anyMatch(m -> m.startsWith("dvc.offered.level4 = 19") && m.contains("dvc.eligible.level4 = 12"));
    }

    @Test
    void seed004ProducesNoRatioFindings() {
        assertThat(findings("004_197f7b6bb391846f.txt", "rate_mismatch")).isEmpty();
        assertThat(findings("004_197f7b6bb391846f.txt", "part_exceeds_total")).isEmpty();
        assertThat(findings("004_197f7b6bb391846f.txt", "present_exceeds_assigned")).isEmpty();
        assertThat(findings("004_197f7b6bb391846f.txt", "percent_over_100")).isEmpty();
    }

    @Test
    void seed000DateLineContradictsTheTitle() {
        assertThat(findings("000_325df2895e38e3a8.txt", "date_contradicts_title")).hasSize(1);
    }

    @Test
    void textAnswersAreKeptAsTextNotInventedNumbers() {
        Record r = dsl.select(REPORT_VALUE.NUMBER, REPORT_VALUE.TEXT_VALUE, REPORT_VALUE.RAW).from(REPORT_VALUE)
                .join(REPORT).on(REPORT.ID.eq(REPORT_VALUE.REPORT_ID))
                .where(REPORT.FILE_NAME.eq("001_5861b1071b6d393a.txt")).and(REPORT_VALUE.RAW.eq("Đã được cấp"))
                .fetchOne();
        assertThat(r).isNotNull();
        assertThat(r.get(REPORT_VALUE.NUMBER)).isNull();
        assertThat(r.get(REPORT_VALUE.TEXT_VALUE)).isEqualTo("Đã được cấp");
        assertThat(findings("001_5861b1071b6d393a.txt", "text_for_number")).isNotEmpty();
    }

    private static List<String> findings(String file, String rule) {
        return dsl.select(FINDING.MESSAGE).from(FINDING).join(REPORT).on(REPORT.ID.eq(FINDING.REPORT_ID))
                .where(REPORT.FILE_NAME.eq(file)).and(FINDING.RULE.eq(rule)).fetch(FINDING.MESSAGE);
    }
}
