package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.ingest.ParsedValue.Status;

class ValueParserTest {

    private final ValueParser parser = new ValueParser();

    @ParameterizedTest(name = "{0} ({1}) = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # as written in the seeds      | hint    | number      | decimals | % sign
            2.097                          | COUNT   | 2097        | 0 | false
            45.700                         | COUNT   | 45700       | 0 | false
            43.380                         | COUNT   | 43380       | 0 | false
            65.995                         | COUNT   | 65995       | 0 | false
            3.698                          | COUNT   | 3698        | 0 | false
            61.273                         | COUNT   | 61273       | 0 | false
            1.989                          | ANY     | 1989        | 0 | false
            10.323.108                     | MONEY   | 10323108    | 0 | false
            560.175                        | MONEY   | 560175      | 0 | false
            8.326                          | MONEY   | 8326        | 0 | false
            6.786,875                      | MONEY   | 6786.875    | 3 | false
            99,9                           | PERCENT | 99.9        | 1 | false
            22,22                          | PERCENT | 22.22       | 2 | false
            94,92                          | PERCENT | 94.92       | 2 | false
            96,60                          | PERCENT | 96.6        | 2 | false
            35,08                          | PERCENT | 35.08       | 2 | false
            1,34                           | PERCENT | 1.34        | 2 | false
            10,1                           | PERCENT | 10.1        | 1 | false
            92.86                          | PERCENT | 92.86       | 2 | false
            100%                           | PERCENT | 100         | 0 | true
            83%                            | PERCENT | 83          | 0 | true
            85%                            | PERCENT | 85          | 0 | true
            100                            | PERCENT | 100         | 0 | false
            02                             | COUNT   | 2           | 0 | false
            06                             | COUNT   | 6           | 0 | false
            05                             | COUNT   | 5           | 0 | false
            2000                           | COUNT   | 2000        | 0 | false
            0                              | COUNT   | 0           | 0 | false
            1953                           | COUNT   | 1953        | 0 | false
            <i>1.510</i>                   | COUNT   | 1510        | 0 | false
            <b>14</b>                      | COUNT   | 14          | 0 | false
            # edge cases of the separators
            1.510                          | ANY     | 1510        | 0 | false
            100.000                        | COUNT   | 100000      | 0 | false
            100.000                        | PERCENT | 100         | 3 | false
            92.86                          | COUNT   | 92.86       | 2 | false
            1234.567                       | COUNT   | 1234.567    | 3 | false
            1,510                          | COUNT   | 1510        | 0 | false
            1,510                          | ANY     | 1.51        | 3 | false
            1,234,567                      | ANY     | 1234567     | 0 | false
            1,234.5                        | ANY     | 1234.5      | 1 | false
            1.234.567,89                   | MONEY   | 1234567.89  | 2 | false
            99 %                           | PERCENT | 99          | 0 | true
            100.                           | COUNT   | 100         | 0 | false
            -5                             | ANY     | -5          | 0 | false
            """)
    void readsNumbersAsWritten(String raw, NumberHint hint, double number, int decimals, boolean percentSign) {
        ParsedValue v = parser.parse(raw, hint);

        assertThat(v.status()).isEqualTo(Status.NUMBER);
        assertThat(v.number()).isEqualTo(number);
        assertThat(v.decimals()).isEqualTo(decimals);
        assertThat(v.percentSign()).isEqualTo(percentSign);
        assertThat(v.raw()).isEqualTo(raw);
        assertThat(v.text()).isNull();
        assertThat(v.qualifier()).isNull();
        assertThat(v.parts()).isEmpty();
        assertThat(v.hasFraction()).isFalse();
    }

    @ParameterizedTest(name = "{0} = {2} qualified {3}")
    @CsvSource(delimiter = '|', textBlock = """
            4 HĐ68             | COUNT   | 4   | HĐ68
            3 HĐ68             | COUNT   | 3   | HĐ68
            100 (01 hồ sơ)     | PERCENT | 100 | (01 hồ sơ)
            '100 (01 hồ\\n\\nsơ)' | PERCENT | 100 | (01 hồ sơ)
            14 văn bản         | COUNT   | 14  | văn bản
            """)
    void keepsWhatFollowsTheNumberAsQualifier(String raw, NumberHint hint, double number, String qualifier) {
        String unescaped = raw.replace("\\n", "\n");
        ParsedValue v = parser.parse(unescaped, hint);

        assertThat(v.status()).isEqualTo(Status.NUMBER);
        assertThat(v.number()).isEqualTo(number);
        assertThat(v.qualifier()).isEqualTo(qualifier);
        assertThat(v.raw()).isEqualTo(unescaped);
        assertThat(v.parts()).isEmpty();
    }

    static Stream<Arguments> ratesWithTheirCounts() {
        return Stream.of(
                Arguments.of("99,62% (523/525)", 99.62, 523.0, 525.0, 2),
                Arguments.of("99,62% \n\n(523/525) \n", 99.62, 523.0, 525.0, 2),
                Arguments.of("99,62%(523/525)", 99.62, 523.0, 525.0, 2),
                Arguments.of("94,92 (43.380/45.700)", 94.92, 43380.0, 45700.0, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ratesWithTheirCounts")
    void readsTheCountsWrittenAfterARate(String raw, double rate, double numerator, double denominator, int decimals) {
        ParsedValue v = parser.parse(raw, NumberHint.PERCENT);

        assertThat(v.status()).isEqualTo(Status.NUMBER);
        assertThat(v.number()).isEqualTo(rate);
        assertThat(v.numerator()).isEqualTo(numerator);
        assertThat(v.denominator()).isEqualTo(denominator);
        assertThat(v.decimals()).isEqualTo(decimals);
        assertThat(v.qualifier()).isNull();
        assertThat(v.raw()).isEqualTo(raw);
    }

    @Test
    void marksThePercentSignOfARateWithCounts() {
        assertThat(parser.parse("99,62% (523/525)", NumberHint.PERCENT).percentSign()).isTrue();
    }

    static Stream<Arguments> breakdowns() {
        return Stream.of(
                Arguments.of("77 (cấp tỉnh 54, huyện 23)", 77.0, List.of(
                        new ValuePart("province", 54.0, "cấp tỉnh 54"), new ValuePart("district", 23.0, "huyện 23"))),
                Arguments.of("77 (cấp tỉnh \n\n54, huyện 23) \n", 77.0, List.of(
                        new ValuePart("province", 54.0, "cấp tỉnh 54"), new ValuePart("district", 23.0, "huyện 23"))),
                Arguments.of("13 (cấp tỉnh 07, huyện 6)", 13.0, List.of(
                        new ValuePart("province", 7.0, "cấp tỉnh 07"), new ValuePart("district", 6.0, "huyện 6"))),
                Arguments.of("13 (cấp tỉnh \n\n07, huyện 6) \n", 13.0, List.of(
                        new ValuePart("province", 7.0, "cấp tỉnh 07"), new ValuePart("district", 6.0, "huyện 6"))),
                Arguments.of("1.821 (tỉnh: 1.404; cấp huyện: 269; cấp xã: 148)", 1821.0, List.of(
                        new ValuePart("province", 1404.0, "tỉnh: 1.404"),
                        new ValuePart("district", 269.0, "cấp huyện: 269"),
                        new ValuePart("commune", 148.0, "cấp xã: 148"))),
                Arguments.of("5 (sở 3, ngành 2)", 5.0, List.of(
                        new ValuePart("sở", 3.0, "sở 3"), new ValuePart("ngành", 2.0, "ngành 2"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakdowns")
    void readsABreakdownByLevel(String raw, double number, List<ValuePart> parts) {
        ParsedValue v = parser.parse(raw, NumberHint.COUNT);

        assertThat(v.status()).isEqualTo(Status.NUMBER);
        assertThat(v.number()).isEqualTo(number);
        assertThat(v.parts()).containsExactlyElementsOf(parts);
        assertThat(v.qualifier()).isNull();
        assertThat(v.hasFraction()).isFalse();
        assertThat(v.raw()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @NullSource
    @ValueSource(strings = {"", "   ", "\n", "-", " - ", "–", "—", "--", "\u2212", "<i>-</i>"})
    void readsDashesAndBlanksAsNotReported(String raw) {
        ParsedValue v = parser.parse(raw, NumberHint.COUNT);

        assertThat(v.status()).isEqualTo(Status.EMPTY);
        assertThat(v.isEmpty()).isTrue();
        assertThat(v.number()).isNull();
        assertThat(v.text()).isNull();
        assertThat(v.raw()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "{0} is text")
    @CsvSource(delimiter = '|', textBlock = """
            Đã kết nối                | PERCENT | Đã kết nối
            ' Đã được cấp '           | PERCENT | Đã được cấp
            '<i>Đã được\\n cấp</i>'    | PERCENT | Đã được cấp
            x                         | COUNT   | x
            15/9/2023                 | COUNT   | 15/9/2023
            8/8                       | COUNT   | 8/8
            1.2.3                     | ANY     | 1.2.3
            1.2,3                     | ANY     | 1.2,3
            12abc                     | ANY     | 12abc
            Có = 1                    | ANY     | Có = 1
            %                         | PERCENT | %
            """)
    void keepsTextWhereANumberWasAskedAsText(String raw, NumberHint hint, String text) {
        String unescaped = raw.replace("\\n", "\n");
        ParsedValue v = parser.parse(unescaped, hint);

        assertThat(v.status()).isEqualTo(Status.TEXT);
        assertThat(v.isText()).isTrue();
        assertThat(v.number()).isNull();
        assertThat(v.text()).isEqualTo(text);
        assertThat(v.raw()).isEqualTo(unescaped);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"(((", ")", "99,62% (523/", "77 (cấp tỉnh , huyện)", "1e5", "١٢٣", "0x1F", ",5", ".",
            "99999999999999999999999999999999999999999999", "1.000.000.000.000.000.000.000,5", "\u0000", "<b>",
            "100 (", "5 ()", "-,", "--5"})
    void neverThrows(String raw) {
        for (NumberHint hint : NumberHint.values()) {
            assertThatCode(() -> parser.parse(raw, hint)).doesNotThrowAnyException();
            assertThat(parser.parse(raw, hint).status()).isNotNull();
            assertThat(parser.parse(raw, hint).raw()).isEqualTo(raw);
        }
    }

    @Test
    void anUnclosedBreakdownIsAQualifier() {
        ParsedValue v = parser.parse("77 (cấp tỉnh 54, huyện", NumberHint.COUNT);

        assertThat(v.number()).isEqualTo(77.0);
        assertThat(v.parts()).isEmpty();
        assertThat(v.qualifier()).isEqualTo("(cấp tỉnh 54, huyện");
    }
}
