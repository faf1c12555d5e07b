package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** No Infinity, NaN, negative count or absurd value is stored as a number: it stays the text written, with a finding. */
class PlausibilityTest {

    private static final String ROW = "1.\tSố văn bản chỉ đạo CCHC đã ban hành <i>(Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)</i>\tVăn bản\t17\t";

    /** Seed 004 with the value of its first row (direction.directive_docs, a count) written otherwise. */
    private static ParsedReport withDirectiveDocs(String written) {
        String seed = new String(SeedDocuments.text("004"), StandardCharsets.UTF_8);
        assertThat(seed).contains(ROW);
        return SeedAssertions.parse("004.txt", seed.replace(ROW, ROW.replace("\t17\t", "\t" + written + "\t"))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static ValueDraft directiveDocs(ParsedReport report) {
        return report.values().stream().filter(v -> v.indicatorId().equals("direction.directive_docs")).findFirst().orElseThrow();
    }

    static Stream<Arguments> unstorable() {
        return Stream.of(
                Arguments.of("1" + "0".repeat(399), "number_out_of_range"),
                Arguments.of("9223372036854775808", "number_out_of_range"),
                Arguments.of("9.223.372.036.854.775.808", "number_out_of_range"),
                Arguments.of("-5", "negative_count"),
                Arguments.of("99.999.999.999.999", "implausible_value"),
                Arguments.of("1.000.001", "implausible_value"),
                Arguments.of("17 (cấp tỉnh 1" + "0".repeat(30) + ")", "number_out_of_range"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("unstorable")
    void anUnstorableOrImplausibleNumberIsKeptAsTextWithAFinding(String written, String rule) {
        ParsedReport report = withDirectiveDocs(written);
        ValueDraft value = directiveDocs(report);
        assertThat(value.number()).isNull();
        assertThat(value.value().isText()).isTrue();
        assertThat(value.value().raw()).isEqualTo(written);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals(rule)).singleElement()
                .satisfies(f -> assertThat(f.valueOrdinal()).isEqualTo(value.ordinal()));
        assertThat(report.count("text_for_number")).isEqualTo(SeedAssertions.seed("004").count("text_for_number"));
        assertThat(report.values()).allSatisfy(v -> assertThat(v.value().isFinite()).isTrue());
    }

    @ParameterizedTest
    @CsvSource({"1.000.000", "0", "17"})
    void aPlausibleNumberIsANumber(String written) {
        ParsedReport report = withDirectiveDocs(written);
        assertThat(directiveDocs(report).number()).isNotNull();
        assertThat(report.count("implausible_value") + report.count("negative_count") + report.count("number_out_of_range")).isZero();
    }
}
