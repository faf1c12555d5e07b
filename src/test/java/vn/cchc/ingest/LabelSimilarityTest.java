package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelSimilarityTest {

    private static final String DEPT = "Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn";
    private static final String DISTRICT = "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn";

    private static double score(String a, String b) {
        return LabelSimilarity.score(LabelSimilarity.Key.of(a), LabelSimilarity.Key.of(b));
    }

    @ParameterizedTest
    @ValueSource(strings = {DEPT, "Số TTHC cấp tỉnh:", "Kế hoạch CCHC", "Tỷ lệ % đã tinh giản so với năm 2015"})
    void identicalLabelsScoreOne(String label) {
        assertThat(score(label, label)).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "[{0}] = [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Tổng số VĂN BẢN ĐI giữa các cơ quan nhà nước trên địa bàn tỉnh | Tổng số văn bản đi giữa các cơ quan nhà nước trên địa bàn tỉnh
            Số TTHC cấp tỉnh:                                             | Số TTHC cấp tỉnh
            Số công chức được tuyển dụng theo trường hợp đặc biệt.        | Số công chức được tuyển dụng theo trường hợp đặc biệt
            Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên (lũy kế đến thời điểm báo cáo) | Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên
            Số văn bản chỉ đạo CCHC đã ban hành ( Kết luận, chỉ thị, công văn chỉ đạo, quán triệt ) | Số văn bản chỉ đạo CCHC đã ban hành
            """)
    void labelsThatDifferInCasePunctuationOrAParenthesisedNoteScoreOne(String written, String template) {
        assertThat(score(written, template)).isEqualTo(1.0);
    }

    /** Seed 001 (pdftotext) as read, before any glyph repair, against the template wording. */
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            T  lệ hồ sơ TTHC do các sở, ngành tiếp nh n được giải quyết đ ng hẹn  | Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn
            T  lệ hồ sơ TTHC do UBND cấp huyện tiếp nh n được giải quyết đ ng hẹn | Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn
            T  lệ hồ sơ TTHC do UBND cấp xã tiếp nh n được giải quyết đ ng hẹn    | Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn
            Số nhiệm vụ đã hoàn thành đ ng hạn                                    | Số nhiệm vụ đã hoàn thành đúng hạn
            Số TTHC đã c p nh t, công khai trên Cổng DVC quốc gia                 | Số TTHC đã cập nhật, công khai trên Cổng DVC quốc gia
            Số  ãnh đạo cấp sở, ngành được bổ nhiệm mới                           | Số lãnh đạo cấp sở, ngành được bổ nhiệm mới
            """)
    void aGlyphLostLabelStillReachesTheMatchThreshold(String glyphLost, String clean) {
        assertThat(score(glyphLost, clean)).isGreaterThanOrEqualTo(RowMatcher.THRESHOLD).isLessThan(1.0);
    }

    @Test
    void theDepartmentAndDistrictOnTimeLabelsAreTooDifferentToMatch() {
        assertThat(score(DEPT, DISTRICT)).isLessThan(RowMatcher.THRESHOLD).isCloseTo(0.7885, within(0.001));
    }

    @Test
    void theScoreIsTheDiceCoefficientOfBigramsWithoutSpaces() {
        // "tong so" → tongso: to on ng gs so ; "tong so ho so" → tongsohoso: to on ng gs so oh ho os so
        assertThat(score("Tổng số", "Tổng số hồ sơ")).isCloseTo(2.0 * 5 / (5 + 9), within(1e-9));
    }

    @Test
    void isSymmetric() {
        assertThat(score(DEPT, DISTRICT)).isEqualTo(score(DISTRICT, DEPT));
        assertThat(score("Số  ượng phiếu khảo sát", "Số lượng phiếu khảo sát"))
                .isEqualTo(score("Số lượng phiếu khảo sát", "Số  ượng phiếu khảo sát"));
    }

    @Test
    void theExactWordingOutscoresANearNeighbour() {
        String level3 = "Tỷ lệ hồ sơ xử lý trực tuyến mức độ 3";
        String level4 = "Tỷ lệ hồ sơ xử lý trực tuyến mức độ 4";

        assertThat(score(level3, level3)).isGreaterThan(score(level3, level4));
    }

    @Test
    void anUnrelatedLabelScoresLow() {
        assertThat(score("Số cuộc họp giao ban tuần", DEPT)).isLessThan(0.5);
    }

    @Test
    void anEmptyLabelMatchesNothingWritten() {
        assertThat(score("", DEPT)).isZero();
        assertThat(score("-", DEPT)).isZero();
    }

    @Test
    void aKeyKeepsTheLabelsMatchKeyAndItsBareForm() {
        LabelSimilarity.Key key = LabelSimilarity.Key.of("Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)");

        assertThat(key.key()).isEqualTo("ty le hoan thanh ke hoach cchc nam luy ke den thoi diem bao cao");
        assertThat(key.bare()).isEqualTo("ty le hoan thanh ke hoach cchc nam");
    }
}
