package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.Indicator;
import vn.cchc.ingest.Finding.Severity;
import vn.cchc.ingest.ValueDraft.Origin;

class ValidatorTest {

    private static final Catalog CATALOG = Catalog.bundled();
    private static final ValueParser PARSER = new ValueParser();

    private final Validator validator = new Validator(CATALOG);

    /** Drafts as the builder makes them: each value parsed from its text with the hint its kind gives. */
    private static final class Drafts {
        private final List<ValueDraft> values = new ArrayList<>();

        Drafts add(String indicatorId, String written) {
            Indicator indicator = CATALOG.indicator(indicatorId).orElseThrow();
            NumberHint hint = switch (indicator.kind()) {
                case PERCENT -> NumberHint.PERCENT;
                case MONEY -> NumberHint.MONEY;
                case COUNT -> NumberHint.COUNT;
                default -> NumberHint.ANY;
            };
            int ordinal = values.size();
            values.add(new ValueDraft(ordinal, indicatorId, PARSER.parse(written, hint), indicator.unit(), "",
                    Origin.ROW, "x." + ordinal, indicator.nameVi(), 100 + ordinal));
            return this;
        }

        List<ValueDraft> values() {
            return values;
        }
    }

    private static Drafts drafts() {
        return new Drafts();
    }

    private static List<Finding> validatorFindings(String seed) {
        return new Validator(CATALOG).check(ValueBuilderTest.report(seed).values());
    }

    @Test
    void seed003RatesThatDisagreeWithTheirComponentsAreFound() {
        assertThat(validatorFindings("003")).extracting(Finding::rule, Finding::line, Finding::message).containsExactly(
                tuple("rate_mismatch", 202, "direction.plan_completion_rate is reported as 83 % but 31 / 37 = 83.78 %"),
                tuple("rate_mismatch", 328, "finance.disbursement_rate is reported as 1.34 % but 6786.875 / 8326 = 81.51 %"),
                tuple("rate_mismatch", 371, "dvc.offered_rate.level4 is reported as 100 % but 19 / 12 = 158.33 %"),
                tuple("part_exceeds_total", 374, "dvc.offered.level4 = 19 exceeds its total dvc.eligible.level4 = 12"),
                tuple("rate_mismatch", 379, "dvc.online_rate is reported as 35.08 % but 5 / 24 = 20.83 %"));
    }

    @Test
    void aFindingPointsAtTheValueItIsAbout() {
        List<ValueDraft> values = ValueBuilderTest.report("003").values();

        assertThat(validatorFindings("003")).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            ValueDraft v = values.get(f.valueOrdinal());
            assertThat(v.line()).isEqualTo(f.line());
            assertThat(f.message()).startsWith(v.indicatorId() + " ");
        });
    }

    @Test
    void theValidatorFindingsOfSeed003AreStoredWithTheReport() {
        ParsedReport report = ValueBuilderTest.report("003");

        assertThat(report.count("rate_mismatch")).isEqualTo(4);
        assertThat(report.count("part_exceeds_total")).isEqualTo(1);
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"000", "001", "002", "004"})
    void staysSilentWhereEveryRateAgreesWithItsComponents(String seed) {
        assertThat(validatorFindings(seed)).isEmpty();
        for (String rule : List.of("rate_mismatch", "part_exceeds_total", "present_exceeds_assigned", "percent_over_100")) {
            assertThat(ValueBuilderTest.report(seed).count(rule)).as(rule).isZero();
        }
    }

    @Test
    void morePostsPresentThanAssignedIsAFinding() {
        List<ValueDraft> values = drafts().add("staff.civil.assigned", "37").add("staff.civil.present", "40").values();

        assertThat(validator.check(values)).containsExactly(new Finding("present_exceeds_assigned", Severity.WARNING,
                "staff.civil.present = 40 exceeds its total staff.civil.assigned = 37", 1, 101));
    }

    @Test
    void morePublicEmployeesPresentThanAssignedIsAFinding() {
        List<ValueDraft> values = drafts().add("staff.public.present", "58.142").add("staff.public.assigned", "58.000")
                .values();

        assertThat(validator.check(values)).extracting(Finding::rule, Finding::message).containsExactly(tuple(
                "present_exceeds_assigned", "staff.public.present = 58142 exceeds its total staff.public.assigned = 58000"));
    }

    @ParameterizedTest(name = "{0} of {1} posts present")
    @CsvSource({"37, 37", "30, 33", "3.457, 3.698"})
    void postsPresentUpToTheAssignedNumberAreSilent(String present, String assigned) {
        assertThat(validator.check(drafts().add("staff.civil.assigned", assigned).add("staff.civil.present", present)
                .values())).isEmpty();
    }

    @Test
    void aPartOverItsTotalIsAFinding() {
        List<ValueDraft> values = drafts().add("tthc.count.total", "44").add("tthc.count.province", "42")
                .add("tthc.count.district", "45").values();

        assertThat(validator.check(values)).containsExactly(new Finding("part_exceeds_total", Severity.WARNING,
                "tthc.count.district = 45 exceeds its total tthc.count.total = 44", 2, 102));
    }

    @Test
    void aPartWhoseTotalIsNotReportedIsSilent() {
        assertThat(validator.check(drafts().add("staff.civil.assigned", "").add("staff.civil.present", "40").values()))
                .isEmpty();
        assertThat(validator.check(drafts().add("staff.civil.present", "40").values())).isEmpty();
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource({"egov.edoc_rate, 120", "staff.civil.cut_rate_2015, '100,5'", "dvc.online_rate.level4, 101%"})
    void aPercentageOver100IsAFinding(String indicatorId, String written) {
        List<Finding> findings = validator.check(drafts().add(indicatorId, written).values());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("percent_over_100");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.valueOrdinal()).isZero();
            assertThat(f.line()).isEqualTo(100);
            assertThat(f.message()).startsWith(indicatorId + " is ").endsWith(" %, over 100 %");
        });
    }

    @Test
    void thePercentageOver100MessageNamesTheValue() {
        assertThat(validator.check(drafts().add("egov.edoc_rate", "120").values())).extracting(Finding::message)
                .containsExactly("egov.edoc_rate is 120 %, over 100 %");
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource({"egov.edoc_rate, 100", "egov.edoc_rate, 100%", "egov.edoc_rate, '99,84'", "egov.edoc_rate, -",
            "egov.edoc_rate, Đã kết nối", "staff.civil.assigned, 3.698"})
    void aPercentageUpTo100OrNoPercentageIsSilent(String indicatorId, String written) {
        assertThat(validator.check(drafts().add(indicatorId, written).values())).isEmpty();
    }

    @ParameterizedTest(name = "{0} % vs {1} / {2}: finding {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # rate as written | on time   | resolved | finding
            94,92             | 43.380    | 45.700   | false
            94,7              | 43.380    | 45.700   | true
            83%               | 31        | 37       | true
            84%               | 31        | 37       | false
            0                 | 0         | 0        | false
            100               | 0         | 0        | false
            97,88             | 7.698     | 7.865    | false
            99,98             | 65.982    | 65.995   | false
            100               | 20        | 20       | false
            35,08             | 05        | 24       | true
            20,83             | 05        | 24       | false
            20,9              | 05        | 24       | false
            21                | 05        | 24       | false
            20,7              | 05        | 24       | true
            """)
    void comparesARateWithItsComponentsWithinTheRoundingOfWhatWasWritten(String rate, String ontime, String resolved,
                                                                        boolean finding) {
        List<ValueDraft> values = drafts().add("tthc.ontime_rate.dept", rate).add("tthc.resolved.dept", resolved)
                .add("tthc.ontime.dept", ontime).values();

        assertThat(validator.check(values)).extracting(Finding::rule)
                .isEqualTo(finding ? List.of("rate_mismatch") : List.of());
    }

    @Test
    void aRateWrittenWithoutDecimalsMayBeHalfAPointOff() {
        // 31 / 37 = 83.78: "83%" is 0.78 off, more than the 0.5 its rounding allows
        List<Finding> findings = validator.check(drafts().add("direction.plan_completion_rate", "83%")
                .add("direction.plan_tasks", "37").add("direction.plan_tasks_done", "31").values());

        assertThat(findings).containsExactly(new Finding("rate_mismatch", Severity.WARNING,
                "direction.plan_completion_rate is reported as 83 % but 31 / 37 = 83.78 %", 0, 100));
    }

    @Test
    void theToleranceIsATenthOfAPointForAWrittenDecimal() {
        assertThat(Validator.RATE_TOLERANCE).isEqualTo(0.1);
        // 43380 / 45700 = 94.923...
        assertThat(validator.check(drafts().add("tthc.ontime_rate.dept", "94,83").add("tthc.ontime.dept", "43.380")
                .add("tthc.resolved.dept", "45.700").values())).isEmpty();
        assertThat(validator.check(drafts().add("tthc.ontime_rate.dept", "94,80").add("tthc.ontime.dept", "43.380")
                .add("tthc.resolved.dept", "45.700").values())).extracting(Finding::rule).containsExactly("rate_mismatch");
    }

    @Test
    void theCountsWrittenInsideTheRateAreCheckedFirst() {
        // 523 / 525 = 99.62; the separate rows are not consulted when the rate carries its own counts
        assertThat(validator.check(drafts().add("tthc.ontime_rate.dept", "99,62% (523/525)")
                .add("tthc.ontime.dept", "400").add("tthc.resolved.dept", "525").values())).isEmpty();
        assertThat(validator.check(drafts().add("tthc.ontime_rate.dept", "90% (523/525)").values()))
                .extracting(Finding::message)
                .containsExactly("tthc.ontime_rate.dept is reported as 90 % but 523 / 525 = 99.62 %");
    }

    @Test
    void aRateWithAMissingComponentIsNotChecked() {
        assertThat(validator.check(drafts().add("dvc.online_rate", "35,08").add("dvc.received", "24").values())).isEmpty();
        assertThat(validator.check(drafts().add("dvc.online_rate", "35,08").add("dvc.received", "24")
                .add("dvc.received_online", "").values())).isEmpty();
    }

    @Test
    void anUnreportedRateIsNotChecked() {
        assertThat(validator.check(drafts().add("dvc.online_rate", "").add("dvc.received", "24")
                .add("dvc.received_online", "05").values())).isEmpty();
    }

    @Test
    void aRateWithoutComponentsInTheCatalogIsNeverAMismatch() {
        assertThat(validator.check(drafts().add("dvc.online_rate.level4", "100 (01 hồ sơ)").values())).isEmpty();
    }

    @Test
    void checksEveryRuleInOneReport() {
        List<ValueDraft> values = drafts()
                .add("dvc.online_rate", "35,08").add("dvc.received", "24").add("dvc.received_online", "05")
                .add("staff.civil.assigned", "33").add("staff.civil.present", "34")
                .add("egov.edoc_rate", "110").values();

        assertThat(validator.check(values)).extracting(Finding::rule, Finding::valueOrdinal).containsExactly(
                tuple("rate_mismatch", 0), tuple("present_exceeds_assigned", 4), tuple("percent_over_100", 5));
    }
}
