package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VietnameseTextTest {

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tỷ lệ ĐÚNG HẠN                                                     | ty le dung han
            Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn | ty le ho so tthc do cac so, nganh tiep nhan duoc giai quyet dung han
            SỞ KHOA HỌC VÀ CÔNG NGHỆ QUẢNG TRỊ                                 | so khoa hoc va cong nghe quang tri
            Đồng Hới                                                           | dong hoi
            đường ĐƯỜNG                                                        | duong duong
            Thừa Thiên – Huế                                                   | thua thien – hue
            """)
    void foldsCaseAndDiacritics(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"Hoà, Hòa", "Thanh Hoá, Thanh Hóa", "Uỷ ban, Ủy ban", "Thuỷ, Thủy", "khoẻ, khỏe"})
    void foldsOldAndNewToneMarkPlacementToTheSameText(String oldStyle, String newStyle) {
        assertThat(VietnameseText.fold(oldStyle)).isEqualTo(VietnameseText.fold(newStyle))
                .isEqualTo(VietnameseText.fold(nfd(newStyle)));
    }

    @Test
    void foldsDToD() {
        assertThat(VietnameseText.fold("đ")).isEqualTo("d");
        assertThat(VietnameseText.fold("Đ")).isEqualTo("d");
        assertThat(VietnameseText.fold("Đắk Lắk")).isEqualTo("dak lak");
    }

    @Test
    void foldCollapsesWhiteSpaceOfEveryKind() {
        assertThat(VietnameseText.fold("  Số\tTTHC\u00A0cấp\u202Ftỉnh \n")).isEqualTo("so tthc cap tinh");
    }

    @Test
    void foldsDecomposedInputLikeComposedInput() {
        String composed = "Tỷ lệ hồ sơ giải quyết đúng hạn";

        assertThat(nfd(composed)).isNotEqualTo(composed);
        assertThat(VietnameseText.fold(nfd(composed))).isEqualTo(VietnameseText.fold(composed))
                .isEqualTo("ty le ho so giai quyet dung han");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Số TTHC cấp tỉnh:                                  | so tthc cap tinh
            Số VBQPPL đã ban hành/tham mưu ban hành            | so vbqppl da ban hanh tham muu ban hanh
            Tỷ lệ % đã tinh giản so với năm 2015               | ty le % da tinh gian so voi nam 2015
            Tổng số VĂN BẢN ĐI giữa các cơ quan nhà nước       | tong so van ban di giua cac co quan nha nuoc
            Số TTHC cung cấp mức độ 3, 4 trên Cổng DVC          | so tthc cung cap muc do 3 4 tren cong dvc
            Số TTHC đã tích hợp dịch vụ thanh toán trực tuyến. | so tthc da tich hop dich vu thanh toan truc tuyen
            T  lệ hồ sơ TTHC do các sở, ngành tiếp nh n         | t le ho so tthc do cac so nganh tiep nh n
            """)
    void matchKeyIsFoldedWordsAndNumbersWithoutPunctuation(String label, String key) {
        assertThat(VietnameseText.matchKey(label)).isEqualTo(key);
    }

    @Test
    void matchKeyMakesTheTemplatesSpellingVariantsEqual() {
        assertThat(VietnameseText.matchKey("Số TTHC cấp tỉnh:")).isEqualTo(VietnameseText.matchKey("Số TTHC cấp tỉnh"));
        assertThat(VietnameseText.matchKey("Số VBQPPL đã kiểm tra theo thẩm quyền"))
                .isEqualTo(VietnameseText.matchKey("số vbqppl đã KIỂM TRA theo thẩm quyền."));
    }

    static Stream<Arguments> markedUpText() {
        return Stream.of(
                // seed 003 line 227, the code and label cells
                Arguments.of("<b>1.</b>", "1."),
                Arguments.of("<b>Tổng số VBQPPL<sup>1</sup> do địa phương ban hành</b>",
                        "Tổng số VBQPPL do địa phương ban hành"),
                // seed 003 line 242: the footnote itself, <sup> removed with its number
                Arguments.of("<sup>1</sup> Văn bản quy phạm pháp luật.", "Văn bản quy phạm pháp luật."),
                Arguments.of("Số <SUP>12</SUP>liệu", "Số liệu"),
                // seed 002 line 257
                Arguments.of("<i>Số ĐVSNCL thuộc UBND tỉnh</i>", "Số ĐVSNCL thuộc UBND tỉnh"),
                // seed 000 line 467, the header's italic note
                Arguments.of("Chỉ tiêu thống kê <i>(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)</i>",
                        "Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)"),
                Arguments.of("<td style=\"width:40%\">Hồ sơ</td>", "Hồ sơ"),
                // seed 004 line 250: superscript footnote digits
                Arguments.of("Tổng số VBQPPL³³ do địa phương ban hành", "Tổng số VBQPPL do địa phương ban hành"),
                Arguments.of("¹ Quyết định số 4750/QĐ-UBND ngày 30/12/2022;", "Quyết định số 4750/QĐ-UBND ngày 30/12/2022;"),
                Arguments.of("sổ tạm trú giấy¹⁰. Tăng cường", "sổ tạm trú giấy. Tăng cường"),
                // seed 000 lines 7, 9 and 45: Markdown headings with emphasis
                Arguments.of("## **BÁO CÁO**", "BÁO CÁO"),
                Arguments.of("### **Công tác cải cách hành chính quý I, phương hướng, nhiệm vụ quý II năm 2021.**",
                        "Công tác cải cách hành chính quý I, phương hướng, nhiệm vụ quý II năm 2021."),
                Arguments.of("#### ***1.1 Về việc ban hành văn bản quy phạm pháp luật***",
                        "1.1 Về việc ban hành văn bản quy phạm pháp luật"),
                Arguments.of("__Phụ lục__", "Phụ lục"),
                Arguments.of("  Cải cách\u00A0 thể   chế ", "Cải cách thể chế"),
                Arguments.of("Ba chữ x < y > z không phải thẻ", "Ba chữ x < y > z không phải thẻ"),
                Arguments.of("ma_so_dinh_danh", "ma_so_dinh_danh"));
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @MethodSource("markedUpText")
    void stripMarkupRemovesWhatConversionsLeaveBehind(String text, String plain) {
        assertThat(VietnameseText.stripMarkup(text)).isEqualTo(plain);
    }

    @Test
    void stripMarkupKeepsAMarkdownEscapedAsteriskAsAnAsterisk() {
        // seed 000 line 166
        assertThat(VietnameseText.stripMarkup("\\* *Đơn vị trực thuộc*")).isEqualTo("* Đơn vị trực thuộc");
    }

    @Test
    void stripMarkupReturnsNfcOfDecomposedInput() {
        String composed = "Tỷ lệ hồ sơ TTHC đúng hạn";
        String decomposed = nfd("<b>" + composed + "</b>");

        String stripped = VietnameseText.stripMarkup(decomposed);

        assertThat(stripped).isEqualTo(composed).hasSameSizeAs(composed);
        assertThat(Normalizer.isNormalized(stripped, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void nfcComposesDecomposedLetters() {
        String decomposed = nfd("Quảng Trị");

        assertThat(decomposed).hasSize(11);
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Quảng Trị").hasSize(9);
    }

    @Test
    void collapseSpacesTurnsEveryRunOfWhiteSpaceIntoOneSpace() {
        assertThat(VietnameseText.collapseSpaces("\t99,62%\u00A0 (523/525)\u2007\r\n")).isEqualTo("99,62% (523/525)");
    }

    @Test
    void nullReadsAsEmptyText() {
        assertThat(VietnameseText.nfc(null)).isEmpty();
        assertThat(VietnameseText.fold(null)).isEmpty();
        assertThat(VietnameseText.matchKey(null)).isEmpty();
        assertThat(VietnameseText.collapseSpaces(null)).isEmpty();
        assertThat(VietnameseText.stripMarkup(null)).isEmpty();
    }
}
