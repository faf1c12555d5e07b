package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdfLayoutTextReaderTest {

    private final PdfLayoutTextReader reader = new PdfLayoutTextReader(AppendixSeeds.UNITS);
    private final List<AppendixRow> seed001 = reader.read(AppendixSeeds.lines("001"));

    @Test
    void readsEveryIndicatorRowOfSeed001() {
        // 109 coded rows and 12 rows of "Trong đó" blocks
        assertThat(rows()).hasSize(121);
        assertThat(rows()).filteredOn(AppendixRow::subRow).hasSize(12);
    }

    @ParameterizedTest(name = "line {0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            296 | 1.1.1 | Số nhiệm vụ đề ra trong kế hoạch | Nhiệm vụ | 26 | false
            304 | 1.1.1 | Số sở, ngành đã kiểm tra | Cơ quan, đơn vị | | false
            310 | 1.1.4 | Số vấn đề phát hiện đã xử lý xong | Vấn đề | | false
            322 | 1.4.1 | Số  ượng phiếu khảo sát | Số  ượng | | false
            324 | 1.4.2 | Hình thức khảo sát | Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2 | | false
            348 | 1.5 | Tổ chức đối thoại của  ãnh đạo với người dân, cộng đồng doanh nghiệp | Không = 0 Có = 1 | | false
            368 | 3.1 | Thống kê TTHC | | | false
            374 | 3.1.3 | Tổng số TTHC đang c  hiệu lực | Thủ tục | 77 | false
            380 | | Số TTHC cấp tỉnh: | Thủ tục | 54 | true
            382 | | Số TTHC cấp huyện: | Thủ tục | 23 | true
            384 | | Số TTHC cấp xã: | Thủ tục | 0 | true
            386 | 3.2 | V n hành Cổng dịch vụ công | | | false
            390 | 3.2.2 | Số TTHC mức độ 3 và 4 đã tích hợp lên Cổng DVC quốc gia | Thủ tục | 0 | false
            409 | 3.4 | Kết quả giải quyết TTHC | | | false
            411 | 3.4.1 | T  lệ hồ sơ TTHC do các sở, ngành tiếp nh n được giải quyết đ ng hẹn | % | 99,62% (523/525) | false
            420 | 3.4.2 | T  lệ hồ sơ TTHC do UBND cấp huyện tiếp nh n được giải quyết đ ng hẹn | % | | false
            432 | 3.4.4 | T  lệ hồ sơ TTHC về  ĩnh vực đất đai được giải quyết đ ng hẹn (ở cả 3 cấp). | % | | false
            446 | 3.5.1 | Số TTHC được tích hợp lên Cổng DVC | Thủ tục | 77 (cấp tỉnh 54, huyện 23) | false
            483 | | Số ĐVSNCL thuộc UBND tỉnh | Cơ quan, đơn vị | | true
            489 | | Tỷ lệ ĐVSNCL đã cắt giảm so với năm 2015 | % | | true
            503 | 4.3 | Số người làm việc hưởng  ương từ NSNN tại các đơn vị sự nghiệp công l p | | | false
            509 | 4.3.1 | Tổng số người làm việc được giao | Người | 4 HĐ68 | false
            522 | 4.3.4 | T  lệ % đã tinh giản so với năm 2015 | % | | false
            528 | 5.1.1 | Số cơ quan, tổ chức hành chính đã được phê duyệt vị trí việc làm theo quy định | Cơ quan, đơn vị | 2 | false
            560 | 5.3.1 | Thực hiện tuyển chọn, bổ nhiệm  ãnh đạo qua thi tuyển | Đã thực hiện = 1 Chưa thực hiện = 0 | 0 | false
            572 | 5.4 | Số liệu về xử lý k  lu t cán bộ, công chức (cả về Đảng và chính quyền). | | | false
            601 | 6.1 | Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên và chi đầu tư (lũy kế đến thời điểm báo cáo) | Cơ quan, đơn vị | 0 | false
            633 | 7.1 | C p nh t Kiến trúc chính quyền điện tử phiên bản 2.0 | Chưa = 0 Hoàn thành = 1 | | false
            639 | 7.2 | Xây dựng và v n hành Hệ thống họp trực tuyến Liên thông 2 cấp: Từ UBND tỉnh  đến 100% UBND các huyện. Liên thông 3 cấp: Từ UBND tỉnh đến 100% UBND cấp huyện, cấp xã. | Chưa c  = 0 2 cấp = 1 3 cấp = 2 | | false
            658 | 7.3 | Hệ thống thông tin báo cáo và kết nối với Hệ thống thông tin báo cáo quốc gia | Chưa = 0 Đang  àm = 1 Hoàn thành = 2 | 1 | false
            669 | 7.4 | T  lệ cơ quan chuyên môn cấp tỉnh, UBND cấp huyện, UBND cấp xã được cấp chứng thư số. | | Đã được cấp | false
            674 | 7.5 | Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP). | Chưa = 0 Đang  àm = 1 Hoàn thành = 2 | | false
            693 | | T  lệ sở, ngành đã kết nối, liên thông với UBND tỉnh | % | Đã kết nối | true
            699 | 7.6.2 | Tổng số VĂN BẢN ĐI giữa các cơ quan nhà nước trên địa bàn tỉnh | Văn bản | | false
            705 | | T  lệ văn bản được gửi hoàn toàn dưới dạng điện tử (Sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử). | % | 85% | true
            710 | | T  lệ văn bản được gửi hoàn toàn dưới dạng điện tử và song song với văn bản giấy | % | 15% | true
            732 | 7.8.1 | Tổng số TTHC cung cấp trực tuyến mức độ 3 | TTHC | | false
            734 | 7.8.2 | Tổng số TTHC cung cấp trực tuyến mức độ 4 | TTHC | 13 (cấp tỉnh 07, huyện 6) | false
            739 | 7.8.3 | T  lệ hồ sơ xử lý trực tuyến mức độ 3 | % | | false
            741 | 7.8.4 | T  lệ hồ sơ xử lý trực tuyến mức độ 4 | % | 100 (01 hồ sơ) | false
            """)
    void readsTheRowOfSeed001(int line, String code, String label, String unit, String value, boolean subRow) {
        assertThat(rows()).filteredOn(row -> row.line() == line).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo(orEmpty(code));
            assertThat(row.label()).isEqualTo(label);
            assertThat(row.unit()).isEqualTo(orEmpty(unit));
            assertThat(row.value()).isEqualTo(orEmpty(value));
            assertThat(row.note()).isEmpty();
            assertThat(row.subRow()).isEqualTo(subRow);
        });
    }

    @Test
    void keepsTheRepeatedCodesUnderItem12() {
        List<String> codes = rows().stream().map(AppendixRow::code).toList();
        int from = codes.indexOf("1.2");

        assertThat(codes.subList(from, from + 6)).containsExactly("1.2", "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.3");
    }

    @Test
    void keepsAllSourceLinesOfAWrappedRow() {
        assertThat(rowAt(411).raw()).isEqualTo(String.join("\n",
                "3.4.1.  T  lệ hồ sơ TTHC do các sở, ngành tiếp nh n được giải quyết đ ng ",
                "hẹn ",
                "% 99,62% ",
                "(523/525) "));
    }

    @Test
    void dropsPageNumbersAndRepeatedHeaders() {
        // "6 " on line 330 closes page 6, in the middle of item 1.4.2
        assertThat(rowAt(324).raw())
                .isEqualTo("1.4.2.  Hình thức khảo sát Trực tuyến = 0   \nPhát phiếu = 1 \nKết hợp = 2 ");
        assertThat(seed001).noneMatch(row -> row.line() == 330);
        assertThat(seed001).noneMatch(row -> (row.label() + row.unit() + row.value())
                .matches(".*(Chỉ tiêu thống kê|Kết quả thống kê|Đơn vị tính|Sử dụng trong kỳ).*"));
    }

    @Test
    void keepsTheTitlesBeforeTheTableAsHeadings() {
        assertThat(seed001).filteredOn(AppendixRow::isHeading).extracting(AppendixRow::line, AppendixRow::label)
                .containsExactly(tuple(278, "Phụ lục"),
                        tuple(280, "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"));
    }

    @Test
    void readsCrlfLinesAsTheSameRows() {
        List<String> crlf = AppendixSeeds.lines("001").stream().map(line -> line + "\r").toList();

        assertThat(reader.read(crlf)).isEqualTo(seed001);
    }

    @Test
    void readsTheFormsOfA2023Report() {
        List<AppendixRow> rows = reader.read(List.of(
                "Phụ lục",
                "Biểu mẫu 3",
                "Cải cách thủ tục hành chính",
                "STT Chỉ tiêu thống kê",
                "Đơn vị tính Số liệu",
                "1.  Thống kê TTHC",
                "1.4.  Tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương Thủ tục 2.097",
                "Biểu mẫu 4",
                "Cải cách tổ chức bộ máy",
                "2.1.  Tổng số biên chế được giao trong năm Người 3.698"));

        assertThat(rows).extracting(AppendixRow::kind, AppendixRow::code, AppendixRow::label, AppendixRow::unit,
                AppendixRow::value).containsExactly(
                        tuple(AppendixRow.Kind.HEADING, "", "Phụ lục", "", ""),
                        tuple(AppendixRow.Kind.HEADING, "", "Biểu mẫu 3", "", ""),
                        tuple(AppendixRow.Kind.HEADING, "", "Cải cách thủ tục hành chính", "", ""),
                        tuple(AppendixRow.Kind.ROW, "1", "Thống kê TTHC", "", ""),
                        tuple(AppendixRow.Kind.ROW, "1.4", "Tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương",
                                "Thủ tục", "2.097"),
                        tuple(AppendixRow.Kind.HEADING, "", "Biểu mẫu 4", "", ""),
                        tuple(AppendixRow.Kind.HEADING, "", "Cải cách tổ chức bộ máy", "", ""),
                        tuple(AppendixRow.Kind.ROW, "2.1", "Tổng số biên chế được giao trong năm", "Người", "3.698"));
    }

    /**
     * A page break between two forms: no table header follows its page number, only the next
     * form's title. "3" continues the page numbering (page 2 closed by the header above), so it is
     * no value of the row before it, which has none; "12" does not, so it is that row's value, on a
     * line of its own.
     */
    @ParameterizedTest(name = "\"{0}\" before the next form's title: value \"{1}\"")
    @CsvSource(value = {"3,''", "12,12"})
    void aNumberBetweenTwoFormsIsAPageNumberOnlyWhenItContinuesThePageNumbering(String number, String value) {
        List<AppendixRow> rows = reader.read(List.of(
                "Phụ lục",
                "Biểu mẫu 3",
                "STT Chỉ tiêu thống kê",
                "Đơn vị tính Số liệu",
                "1.4.  Tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương Thủ tục 2.097",
                "2",
                "STT Chỉ tiêu thống kê",
                "1.5.  Số TTHC được công bố trong kỳ Thủ tục",
                number,
                "Biểu mẫu 4",
                "2.1.  Tổng số biên chế được giao trong năm Người 3.698"));

        assertThat(rows).filteredOn(row -> !row.isHeading()).extracting(AppendixRow::code, AppendixRow::value)
                .containsExactly(tuple("1.4", "2.097"), tuple("1.5", value), tuple("2.1", "3.698"));
    }

    /** Two such breaks in a row, before any page of the appendix ends inside a table: counted back from page 5. */
    @Test
    void pageNumbersOfSeveralBreaksBetweenFormsAreCountedFromALaterPage() {
        List<AppendixRow> rows = reader.read(List.of(
                "Phụ lục",
                "Biểu mẫu 3",
                "1.5.  Số TTHC được công bố trong kỳ Thủ tục",
                "3",
                "Biểu mẫu 4",
                "2.1.  Tổng số biên chế được giao trong năm Người",
                "4",
                "Biểu mẫu 5",
                "3.1.  Số văn bản quy phạm pháp luật được ban hành Văn bản 7",
                "3.2.  Số văn bản được kiểm tra Văn bản 9",
                "5",
                "STT Chỉ tiêu thống kê",
                "3.3.  Số văn bản được rà soát Văn bản 11"));

        assertThat(rows).filteredOn(row -> !row.isHeading()).extracting(AppendixRow::code, AppendixRow::value)
                .containsExactly(tuple("1.5", ""), tuple("2.1", ""), tuple("3.1", "7"), tuple("3.2", "9"), tuple("3.3", "11"));
    }

    @Test
    void readsADistrictReportWithWrappedLabels() {
        List<AppendixRow> rows = reader.read(List.of(
                "PHỤ LỤC",
                "3.3.4.  Tỷ lệ quy trình nội bộ giải quyết TTHC",
                "đã được điện tử hóa % 34",
                "4.3.  Số người làm việc tại các đơn vị",
                "sự nghiệp công lập",
                "Trong đó",
                "Số ĐVSNCL thuộc UBND cấp huyện Cơ quan, đơn vị 12",
                "5.1.  Số xã đạt chuẩn Đơn vị -",
                "5.2.  Số lượng các Ban",
                "quản lý dự án trực thuộc UBND huyện Ban 4"));

        assertThat(rows).filteredOn(row -> !row.isHeading())
                .extracting(AppendixRow::line, AppendixRow::label, AppendixRow::unit, AppendixRow::value,
                        AppendixRow::subRow)
                .containsExactly(
                        tuple(2, "Tỷ lệ quy trình nội bộ giải quyết TTHC đã được điện tử hóa", "%", "34", false),
                        tuple(4, "Số người làm việc tại các đơn vị sự nghiệp công lập", "", "", false),
                        tuple(7, "Số ĐVSNCL thuộc UBND cấp huyện", "Cơ quan, đơn vị", "12", true),
                        tuple(8, "Số xã đạt chuẩn", "Đơn vị", "-", false),
                        // a line starting in lower case goes on with the label, whatever came before
                        tuple(9, "Số lượng các Ban quản lý dự án trực thuộc UBND huyện", "Ban", "4", false));
    }

    @Test
    void needsTheUnitsToTellTheLabelFromTheUnit() {
        List<AppendixRow> rows = new PdfLayoutTextReader(List.of()).read(AppendixSeeds.lines("001"));

        assertThat(rows).filteredOn(row -> row.line() == 296).singleElement()
                .satisfies(row -> assertThat(row.label()).isEqualTo("Số nhiệm vụ đề ra trong kế hoạch Nhiệm vụ 26"));
    }

    @Test
    void namesItsShape() {
        assertThat(reader.shape()).isEqualTo("pdf-layout");
    }

    private List<AppendixRow> rows() {
        return seed001.stream().filter(row -> !row.isHeading()).toList();
    }

    private AppendixRow rowAt(int line) {
        return rows().stream().filter(row -> row.line() == line).findFirst().orElseThrow();
    }

    private static String orEmpty(String cell) {
        return Objects.toString(cell, "");
    }

    /**
     * Two coded sub-rows of a "Trong đó" block, both without a value: the second starts with its own
     * label before its options, so it is a row of its own and not more options of the first; an
     * option on a line of its own still continues its row.
     */
    @Test
    void aBlankCodedSubRowDoesNotSwallowTheNext() {
        List<AppendixRow> rows = new PdfLayoutTextReader(AppendixSeeds.UNITS).read(List.of("Phụ lục",
                "7.3.  Kết nối với các cơ sở dữ liệu quốc gia", "", "Trong đó", "",
                "Cơ sở dữ liệu quốc gia về dân cư Chưa = 0", "", "Đang làm = 1", "", "Hoàn thành = 2", "",
                "Cơ sở dữ liệu quốc gia về đất đai Chưa = 0 Đang làm = 1 Hoàn thành = 2", "",
                "Cơ sở dữ liệu quốc gia về doanh nghiệp Chưa = 0 Đang làm = 1 Hoàn thành = 2 2"));
        assertThat(rows).filteredOn(r -> !r.isHeading())
                .extracting(AppendixRow::label, AppendixRow::unit, AppendixRow::value, AppendixRow::subRow)
                .containsExactly(
                        tuple("Kết nối với các cơ sở dữ liệu quốc gia", "", "", false),
                        tuple("Cơ sở dữ liệu quốc gia về dân cư", "Chưa = 0 Đang làm = 1 Hoàn thành = 2", "", true),
                        tuple("Cơ sở dữ liệu quốc gia về đất đai", "Chưa = 0 Đang làm = 1 Hoàn thành = 2", "", true),
                        tuple("Cơ sở dữ liệu quốc gia về doanh nghiệp", "Chưa = 0 Đang làm = 1 Hoàn thành = 2", "2", true));
    }

    @Test
    void oneLineSubRowMarkerWithItsGlyphLost() {
        List<AppendixRow> rows = new PdfLayoutTextReader(AppendixSeeds.UNITS).read(List.of("Phụ lục",
                "3.1.3.  Tổng số TTHC đang có hiệu lực Thủ tục 77", "", "Trong đ ", "", "Số TTHC cấp tỉnh: Thủ tục 54", "",
                "Số TTHC cấp huyện: Thủ tục 23"));
        assertThat(rows).filteredOn(r -> !r.isHeading())
                .extracting(AppendixRow::label, AppendixRow::value, AppendixRow::subRow)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tổng số TTHC đang có hiệu lực", "77", false),
                        org.assertj.core.groups.Tuple.tuple("Số TTHC cấp tỉnh:", "54", true),
                        org.assertj.core.groups.Tuple.tuple("Số TTHC cấp huyện:", "23", true));
    }
}
