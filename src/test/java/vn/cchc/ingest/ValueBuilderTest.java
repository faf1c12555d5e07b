package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.catalog.TemplateAlias;
import vn.cchc.ingest.Finding.Severity;
import vn.cchc.ingest.ParsedValue.Status;
import vn.cchc.ingest.ValueDraft.Origin;

class ValueBuilderTest {

    private static final Catalog CATALOG = Catalog.bundled();
    private static final ReportParser PARSER = new ReportParser(CATALOG, ReferenceData.bundled());
    private static final Map<String, ParsedReport> REPORTS = new ConcurrentHashMap<>();

    private final ValueBuilder builder = new ValueBuilder(CATALOG);

    /** A resource by its path: the seeds are the jar's /sample/seeds, their expected values a test resource. */
    private static byte[] resource(String path) {
        try (InputStream in = ValueBuilderTest.class.getResourceAsStream(path)) {
            return Objects.requireNonNull(in, path).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedReport report(String seed) {
        return REPORTS.computeIfAbsent(seed, s -> {
            try {
                return PARSER.parse(AppendixSeeds.fileName(s), AppendixSeeds.bytes(s));
            } catch (ReportReadException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ValueDraft value(String seed, String indicatorId) {
        List<ValueDraft> found = report(seed).values().stream().filter(v -> v.indicatorId().equals(indicatorId)).toList();
        assertThat(found).as("%s in seed %s", indicatorId, seed).hasSize(1);
        return found.getFirst();
    }

    private static List<Finding> findings(String seed, String rule) {
        return report(seed).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static MatchedRow matched(int line, String code, String label, String unit, String value, String target) {
        String raw = code + ".\t" + label + "\t" + unit + "\t" + value + "\t";
        AppendixRow row = new AppendixRow(AppendixRow.Kind.ROW, line, code, label, unit, value, "", false, raw);
        TemplateAlias alias = target == null ? null : new TemplateAlias("2021", 3, null, code, label, target);
        return new MatchedRow(row, alias, label, 3, target == null ? 0.2 : 1.0);
    }

    @Test
    void aRateWrittenWithItsCountsYieldsTheCountsAsInlineValues() {
        ValueDraft rate = value("001", "tthc.ontime_rate.dept");
        ValueDraft ontime = value("001", "tthc.ontime.dept");
        ValueDraft resolved = value("001", "tthc.resolved.dept");

        assertThat(rate.origin()).isEqualTo(Origin.ROW);
        assertThat(rate.number()).isEqualTo(99.62);
        assertThat(rate.value().raw()).isEqualTo("99,62% (523/525)");
        assertThat(rate.value().numerator()).isEqualTo(523.0);
        assertThat(rate.value().denominator()).isEqualTo(525.0);
        assertThat(List.of(ontime, resolved)).extracting(ValueDraft::indicatorId, ValueDraft::number, ValueDraft::origin,
                        v -> v.value().raw(), ValueDraft::line, ValueDraft::itemCode, ValueDraft::unitRaw)
                .containsExactly(
                        tuple("tthc.ontime.dept", 523.0, Origin.INLINE, "99,62% (523/525)", 411, "3.4.1", null),
                        tuple("tthc.resolved.dept", 525.0, Origin.INLINE, "99,62% (523/525)", 411, "3.4.1", null));
        assertThat(ontime.labelRaw()).isEqualTo(rate.labelRaw())
                .isEqualTo("T  lệ hồ sơ TTHC do các sở, ngành tiếp nh n được giải quyết đ ng hẹn");
    }

    @Test
    void inlineCountsFollowTheRowValues() {
        ValueBuilder.Result result = builder.build(List.of(
                matched(10, "3.4.1", "Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn", "%",
                        "99,62% (523/525)", "tthc.ontime_rate.dept"),
                matched(11, "3.4.2", "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn", "%",
                        "98%", "tthc.ontime_rate.district")));

        assertThat(result.values()).extracting(ValueDraft::ordinal, ValueDraft::indicatorId, ValueDraft::number,
                ValueDraft::origin).containsExactly(
                        tuple(0, "tthc.ontime_rate.dept", 99.62, Origin.ROW),
                        tuple(1, "tthc.ontime_rate.district", 98.0, Origin.ROW),
                        tuple(2, "tthc.ontime.dept", 523.0, Origin.INLINE),
                        tuple(3, "tthc.resolved.dept", 525.0, Origin.INLINE));
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aCountWrittenOnItsOwnRowWinsOverTheCountInsideTheRate() {
        ValueBuilder.Result result = builder.build(List.of(
                matched(10, "3.1", "Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn", "%",
                        "95% (19/20)", "tthc.ontime_rate.dept"),
                matched(11, "3.1.1", "Tổng số hồ sơ TTHC đã giải quyết xong", "Hồ sơ", "21", "tthc.resolved.dept"),
                matched(12, "3.1.2", "Số hồ sơ TTHC giải quyết đúng hạn", "Hồ sơ", "19", "tthc.ontime.dept")));

        assertThat(result.values()).extracting(ValueDraft::indicatorId, ValueDraft::number, ValueDraft::origin)
                .containsExactly(
                        tuple("tthc.ontime_rate.dept", 95.0, Origin.ROW),
                        tuple("tthc.resolved.dept", 21.0, Origin.ROW),
                        tuple("tthc.ontime.dept", 19.0, Origin.ROW));
        assertThat(result.findings()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0} {1}: ''{2}'' is not reported")
    @CsvSource(delimiter = '|', textBlock = """
            000 | tthc.ontime_rate.district  | ''
            001 | tthc.ontime_rate.district  | ''
            001 | dvc.online_rate.level3     | ''
            002 | staff.civil.assigned       | ''
            002 | staff.civil.present        | ''
            003 | direction.inspected.dept   | -
            004 | direction.inspected.dept   | -
            004 | staff.civil.cut_rate_2015  | ''
            """)
    void anEmptyCellIsEmptyWithoutANumberNeverZero(String seed, String indicatorId, String raw) {
        ValueDraft v = value(seed, indicatorId);

        assertThat(v.value().status()).isEqualTo(Status.EMPTY);
        assertThat(v.number()).isNull();
        assertThat(v.value().raw()).isEqualTo(raw);
        assertThat(v.origin()).isEqualTo(Origin.ROW);
    }

    @Test
    void anEmptyCellBuiltDirectlyIsEmptyToo() {
        ValueBuilder.Result result = builder.build(List.of(
                matched(5, "4.2.1", "Tổng số biên chế được giao trong năm", "Người", "", "staff.civil.assigned")));

        assertThat(result.values()).singleElement().satisfies(v -> {
            assertThat(v.value().isEmpty()).isTrue();
            assertThat(v.number()).isNull();
        });
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void keepsTheUnitAndTheNoteOfTheRow() {
        ValueDraft v = value("004", "direction.inspected.dept");

        assertThat(v.unitRaw()).isEqualTo("Cơ quan, đơn vị");
        assertThat(v.note()).isEqualTo("Trong quý I năm 2023, chưa kiểm tra CCHC. Dự kiến kiểm tra vào tháng 4/2023");
        assertThat(v.line()).isEqualTo(224);
        assertThat(v.itemCode()).isEqualTo("3.1");
    }

    @ParameterizedTest(name = "seed 001 line {0}: ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            669 | egov.digital_certs_rate          | Đã được cấp
            693 | egov.edoc_linked_rate.dept       | Đã kết nối
            717 | egov.one_stop_linked_rate.dept   | Đã kết nối
            """)
    void aTextAnswerWhereANumberWasAskedIsKeptAsTextAndFlagged(int line, String indicatorId, String text) {
        ValueDraft v = value("001", indicatorId);

        assertThat(v.value().status()).isEqualTo(Status.TEXT);
        assertThat(v.value().text()).isEqualTo(text);
        assertThat(v.number()).isNull();
        assertThat(v.line()).isEqualTo(line);
        assertThat(findings("001", "text_for_number")).filteredOn(f -> f.line() == line).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.valueOrdinal()).isEqualTo(v.ordinal());
                    assertThat(f.message()).isEqualTo("'" + text + "' is text where a number was asked ("
                            + indicatorId + "); kept as text, no number");
                });
    }

    @Test
    void seed001HasExactlyItsThreeTextAnswers() {
        assertThat(findings("001", "text_for_number")).extracting(Finding::line).containsExactly(669, 693, 717);
    }

    @Test
    void aValueOnAGroupHeaderIsAFindingNotAValue() {
        assertThat(findings("000", "value_on_header")).extracting(Finding::line, Finding::severity).containsExactly(
                tuple(336, Severity.INFO), tuple(406, Severity.INFO), tuple(421, Severity.INFO),
                tuple(427, Severity.INFO), tuple(432, Severity.INFO));
        assertThat(findings("000", "value_on_header").getFirst().message())
                .isEqualTo("A value '1' stands on the group header 'Kế hoạch CCHC'; it is not a catalog statistic");
        assertThat(report("000").values()).noneMatch(v -> v.indicatorId().startsWith("#") || v.line() == 336);
    }

    @Test
    void aHeaderWithoutAValueIsNoFinding() {
        ValueBuilder.Result result = builder.build(List.of(
                matched(1, "3.4", "Kết quả giải quyết TTHC", "", "", "#tthc.results")));

        assertThat(result.values()).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void anUnmatchedRowIsAFindingWithItsRawText() {
        MatchedRow unknown = matched(352, "1.6", "Số cuộc họp giao ban tuần", "Cuộc", "12", null);

        ValueBuilder.Result result = builder.build(List.of(unknown));

        assertThat(result.values()).isEmpty();
        assertThat(result.findings()).containsExactly(new Finding("unmatched_row", Severity.WARNING,
                "Row matches no catalog indicator: 1.6.\tSố cuộc họp giao ban tuần\tCuộc\t12\t", null, 352));
    }

    @Test
    void anUnknownRowFromTheMatcherBecomesAnUnmatchedRowFinding() {
        RowMatcher matcher = new RowMatcher(CATALOG, s -> s);
        AppendixRow row = new AppendixRow(AppendixRow.Kind.ROW, 7, "1.6", "Số cuộc họp giao ban tuần", "Cuộc", "12", "",
                false, "1.6.  Số cuộc họp giao ban tuần  Cuộc  12");

        ValueBuilder.Result result = builder.build(matcher.match(List.of(row), "2021"));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("unmatched_row");
            assertThat(f.line()).isEqualTo(7);
            assertThat(f.message()).endsWith("1.6.  Số cuộc họp giao ban tuần  Cuộc  12");
        });
    }

    @Test
    void anUnmatchedBlankRowIsNoFinding() {
        MatchedRow blank = matched(9, "", "", "", "", null);

        assertThat(builder.build(List.of(blank)).findings()).isEmpty();
    }

    @Test
    void aSecondRowForTheSameIndicatorIsADuplicateAndTheFirstIsKept() {
        MatchedRow first = matched(401, "4.2.1", "Tổng số biên chế được giao trong năm", "Người", "24", "staff.civil.assigned");
        MatchedRow second = matched(480, "4.2.1", "Tổng số biên chế được giao trong năm", "Người", "25", "staff.civil.assigned");

        ValueBuilder.Result result = builder.build(List.of(first, second));

        assertThat(result.values()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(24.0);
            assertThat(v.line()).isEqualTo(401);
        });
        assertThat(result.findings()).containsExactly(new Finding("duplicate_row", Severity.WARNING,
                "A second row for staff.civil.assigned was not loaded: " + second.row().raw(), null, 480));
    }

    @Test
    void qualifiersAndBreakdownsStayWithTheNumber() {
        ValueDraft publicAssigned = value("001", "staff.public.assigned");
        ValueDraft portal = value("001", "tthc.portal_integrated");

        assertThat(publicAssigned.number()).isEqualTo(4.0);
        assertThat(publicAssigned.value().qualifier()).isEqualTo("HĐ68");
        assertThat(portal.number()).isEqualTo(77.0);
        assertThat(portal.value().parts()).extracting(ValuePart::part, ValuePart::number)
                .containsExactly(tuple("province", 54.0), tuple("district", 23.0));
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"000", "001", "002", "003", "004"})
    void theOrdinalOfAValueIsItsPositionAndEveryIndicatorOccursOnce(String seed) {
        List<ValueDraft> values = report(seed).values();

        assertThat(values).extracting(ValueDraft::ordinal)
                .containsExactlyElementsOf(IntStream.range(0, values.size()).boxed().toList());
        assertThat(values).extracting(ValueDraft::indicatorId).doesNotHaveDuplicates();
        assertThat(findings(seed, "duplicate_row")).isEmpty();
        assertThat(findings(seed, "unmatched_row")).isEmpty();
        assertThat(values).allSatisfy(v -> assertThat(CATALOG.indicator(v.indicatorId())).isPresent());
    }

    @ParameterizedTest(name = "seed {0}: {1} values")
    @CsvSource({"000, 89", "001, 96", "002, 94", "003, 119", "004, 128"})
    void everyStatisticRowOfTheSeedBecomesAValue(String seed, int count) {
        long inline = report(seed).values().stream().filter(v -> v.origin() == Origin.INLINE).count();

        assertThat(report(seed).values()).hasSize(count);
        assertThat(inline).isEqualTo(seed.equals("001") ? 2 : 0);
    }

    static Stream<Arguments> expectedValues() {
        String text = new String(resource("/seeds/expected.csv"), StandardCharsets.UTF_8);
        // The note column holds unquoted commas: split off the first three fields only.
        return text.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", 4))
                .filter(f -> !f[1].startsWith("meta."))
                .map(f -> Arguments.of(f[0].substring(0, 3), f[1], f[2]));
    }

    @ParameterizedTest(name = "seed {0} {1} = {2}")
    @MethodSource("expectedValues")
    void readsEveryExpectedValueOfTheSeeds(String seed, String indicatorId, String expected) {
        ValueDraft v = value(seed, indicatorId);

        assertThat(v.value().raw()).isNotNull();
        assertThat(v.line()).isPositive();
        if (expected.equals("NULL")) {
            assertThat(v.number()).as("raw '%s'", v.value().raw()).isNull();
        } else {
            assertThat(v.number()).as("raw '%s'", v.value().raw()).isNotNull()
                    .isCloseTo(Double.parseDouble(expected), within(1e-9));
        }
    }
}
