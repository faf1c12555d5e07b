package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TabbedTextReaderTest {

    private final TabbedTextReader reader = new TabbedTextReader();

    @ParameterizedTest(name = "seed {0}: {1} rows")
    @CsvSource({"000, 115", "002, 121", "003, 136", "004, 146"})
    void readsEveryIndicatorRowOfTheSeed(String seed, int rows) {
        assertThat(rows(seed)).hasSize(rows);
    }

    @ParameterizedTest(name = "seed {0} line {1}: {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            000 | 337 | 1.1.1 | Số nhiệm vụ đề ra trong kế hoạch | Nhiệm vụ | 9 | | false
            000 | 338 | 1.1.2 | Số nhiệm vụ đã hoàn thành | Nhiệm vụ | 7 | Một số nhiệm vụ thực hiện thường xuyên | false
            000 | 353 | 1.4.2 | Hình thức khảo sát | Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2 | 0 | | false
            000 | 365 | 3.1.3 | Tổng số TTHC đang có hiệu lực | Thủ tục | 44 | | false
            000 | 366 | | Số TTHC cấp tỉnh: | Thủ tục | 42 | | true
            000 | 367 | | Số TTHC cấp huyện: | Thủ tục | 2 | | true
            000 | 369 | 3.2 | Thực hiện cơ chế một cửa, một cửa liên thông | | | | false
            000 | 378 | 3.3.1 | Tỷ lệ hồ sơ TTHC do các sở, ban, ngành tiếp nhận được giải quyết đúng hạn | % | 100% | | false
            000 | 449 | 7.4 | Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP). | Chưa = 0 Đang làm = 1 Hoàn thành = 2 | 1 | | false
            000 | 456 | | Sở, ngành đã kết nối, liên thông với UBND tỉnh | Chưa kết nối = 0 Đã kết nối = 1 | 1 | | true
            002 | 204 | 1.4 | Khảo sát sự hài lòng của người dân, tổ chức | | | | false
            002 | 223 | | Số TTHC cấp tỉnh: | Thủ tục | 1404 | | true
            002 | 245 | 3.5.2 | Số TTHC cung cấp mức độ 3, 4 trên Công DVC | Thủ tục | 1560 | | false
            002 | 257 | | Số ĐVSNCL thuộc UBND tỉnh | Cơ quan, đơn vị | | | true
            002 | 261 | 4.2 | Số liệu về biên chế công chức | | | | false
            002 | 284 | 5.2.4 | Số viên chức được tuyển dụng (thi tuyển, xét tuyển). | Người | | | false
            002 | 302 | 6.2 | Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên (lũy kế đến thời điểm báo cáo) | Cơ quan, đơn vị | | | false
            002 | 333 | 7.8.2 | Tổng số TTHC cung cấp trực tuyến mức độ 4 | TTHC | | | false
            003 | 201 | 1 | Số văn bản chỉ đạo CCHC đã ban hành ( Kết luận, chỉ thị, công văn chỉ đạo, quán triệt ) | Văn bản | 14 | | false
            003 | 227 | 1 | Tổng số VBQPPL do địa phương ban hành | Văn bản | 0 | | false
            003 | 266 | 3.4.1 | Tổng số PAKN đã tiếp nhận (trực tiếp hoặc do cơ quan có thẩm quyền chuyển đến) | PAKN | 0 | 0 | false
            003 | 315 | 4.2 | Số lãnh đạo cấp sở, ngành và UBND cấp huyện bị kỷ luật. | Người | 0 | | false
            003 | 355 | 5.1.1 | Tỷ lệ sở, ngành đã kết nối, liên thông với UBND tỉnh | % | 100 | | false
            004 | 224 | 3.1 | Số sở, ngành đã kiểm tra | Cơ quan, đơn vị | - | Trong quý I năm 2023, chưa kiểm tra CCHC. Dự kiến kiểm tra vào tháng 4/2023 | false
            004 | 250 | 1 | Tổng số VBQPPL do địa phương ban hành | Văn bản | 14 | | false
            004 | 286 | 3.1.1 | Tổng số hồ sơ TTHC đã giải quyết xong | Hồ sơ | 45.700 | | false
            004 | 297 | 3.4 | Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC | % | 92.86 | | false
            """)
    void readsTheRowAsWritten(String seed, int line, String code, String label, String unit, String value,
                              String note, boolean subRow) {
        assertThat(rows(seed)).filteredOn(row -> row.line() == line).singleElement()
                .satisfies(row -> {
                    assertThat(row.code()).isEqualTo(orEmpty(code));
                    assertThat(row.label()).isEqualTo(label);
                    assertThat(row.unit()).isEqualTo(orEmpty(unit));
                    assertThat(row.value()).isEqualTo(orEmpty(value));
                    assertThat(row.note()).isEqualTo(orEmpty(note));
                    assertThat(row.subRow()).isEqualTo(subRow);
                });
    }

    @Test
    void joinsARowBrokenByAPageBreakKeepingItsFirstLine() {
        AppendixRow row = rowAt("002", 204);

        assertThat(row.raw()).isEqualTo("1.4.\tKhảo sát sự hài lòng của người dân, tổ\t\t\t\n\tchức\t\t\t");
    }

    @Test
    void joinsAUnitContinuedOnTheNextPage() {
        AppendixRow row = rowAt("000", 449);

        assertThat(row.raw()).endsWith("\n\t\tĐang làm = 1 Hoàn thành = 2\t\t");
        assertThat(rows("000")).noneMatch(r -> r.line() == 453);
    }

    @Test
    void endsASubRowBlockAtTheNextCodedRow() {
        assertThat(rowAt("000", 368).subRow()).isTrue();
        assertThat(rowAt("000", 369).subRow()).isFalse();
        assertThat(rowAt("002", 260).subRow()).isTrue();
        assertThat(rowAt("002", 261).subRow()).isFalse();
    }

    @Test
    void readsNothingOfSeed000sProseBeforeTheAppendix() {
        List<AppendixRow> all = reader.read(AppendixSeeds.lines("000"));

        assertThat(all).allMatch(row -> row.line() >= 330);
        assertThat(all).noneMatch(row -> row.label().contains("QUÍ I") || row.label().contains("Tên hồ sơ"));
    }

    @Test
    void leavesOutTableHeadersAndSeparators() {
        for (String seed : List.of("000", "002", "003", "004")) {
            assertThat(reader.read(AppendixSeeds.lines(seed))).noneMatch(row -> row.code().startsWith("ST")
                    || row.label().contains("Chỉ tiêu thống kê") || row.unit().contains("Đơn vị tính")
                    || row.code().startsWith("---"));
        }
    }

    @ParameterizedTest
    @CsvSource({"003", "004"})
    void keepsTheFormTitlesBetweenTheTablesInOrder(String seed) {
        List<String> formTitles = reader.read(AppendixSeeds.lines(seed)).stream()
                .filter(AppendixRow::isHeading)
                .map(AppendixRow::label)
                .filter(label -> label.startsWith("Biểu mẫu"))
                .toList();

        String first = seed.equals("003") ? "Biểu mẫu 1 Công tác chỉ đạo điều hành CCHC" : "Biểu mẫu 1";
        assertThat(formTitles).containsExactly(first, "Biểu mẫu 2", "Biểu mẫu 3", "Biểu mẫu 4", "Biểu mẫu 5",
                "Biểu mẫu 6", "Biểu mẫu 7");
    }

    @Test
    void keepsTheTextBetweenTablesAsHeadingsWithoutMarkup() {
        List<AppendixRow> headings = reader.read(AppendixSeeds.lines("003")).stream()
                .filter(AppendixRow::isHeading).toList();

        assertThat(headings).extracting(AppendixRow::line, AppendixRow::label).contains(
                tuple(190, "Phụ lục"),
                tuple(242, "Văn bản quy phạm pháp luật."),
                tuple(244, "Biểu mẫu 3"),
                tuple(245, "Cải cách thủ tục hành chính"));
    }

    @Test
    void readsADistrictReport() {
        List<AppendixRow> rows = reader.read(List.of(
                "UBND HUYỆN YÊN SƠN",
                "Báo cáo kết quả công tác CCHC quý III năm 2023",
                "Phụ lục",
                "STT\tChỉ tiêu thống kê\tKết quả thống kê\t\tGhi chú",
                "\t\tĐơn vị tính\tSố liệu\t",
                "3.2.\tTỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn\t%\t98,5\t",
                "3.2.1.\tTổng số hồ sơ TTHC đã giải quyết xong\tHồ sơ\t1.204\t",
                "3.3.\tTỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn\t%\t97"
                        + "\tXã Kim Phú chậm 3 hồ sơ"));

        assertThat(rows).extracting(AppendixRow::line, AppendixRow::code, AppendixRow::unit, AppendixRow::value,
                AppendixRow::note).containsExactly(
                        tuple(3, "", "", "", ""),
                        tuple(6, "3.2", "%", "98,5", ""),
                        tuple(7, "3.2.1", "Hồ sơ", "1.204", ""),
                        tuple(8, "3.3", "%", "97", "Xã Kim Phú chậm 3 hồ sơ"));
        assertThat(rows.getFirst().isHeading()).isTrue();
    }

    @Test
    void readsASixMonthReportWhoseAppendixHasNoMarker() {
        List<AppendixRow> rows = reader.read(List.of(
                "BÁO CÁO Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022",
                "STT\tTên hồ sơ tiếp nhận\tTổng số\tGhi chú",
                "1\tCấp giấy phép xây dựng\t12\t",
                "STT\tChỉ tiêu thống kê\tKết quả thống kê\t\tGhi chú",
                "\t\tĐơn vị tính\tSố liệu\t",
                "3.1.3.\tTổng số TTHC đang có hiệu lực\tThủ tục\t52\t",
                "Trong đó:\tSố TTHC cấp tỉnh:\tThủ tục\t50\t",
                "\tSố TTHC cấp huyện:\tThủ tục\t2\t"));

        assertThat(rows).extracting(AppendixRow::code, AppendixRow::label, AppendixRow::value, AppendixRow::subRow)
                .containsExactly(
                        tuple("3.1.3", "Tổng số TTHC đang có hiệu lực", "52", false),
                        tuple("", "Số TTHC cấp tỉnh:", "50", true),
                        tuple("", "Số TTHC cấp huyện:", "2", true));
    }

    @Test
    void readsCrlfLinesAsTheSameRows() {
        String text = "Phụ lục\r\nSTT\tChỉ tiêu thống kê\tKết quả thống kê\t\tGhi chú\r\n"
                + "1.1.1.\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t9\tCả năm\r\n";

        List<AppendixRow> rows = reader.read(List.of(text.split("\n")));

        assertThat(rows).last().satisfies(row -> {
            assertThat(row.note()).isEqualTo("Cả năm");
            assertThat(row.raw()).isEqualTo("1.1.1.\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t9\tCả năm");
            assertThat(row.line()).isEqualTo(3);
        });
    }

    @Test
    void readsRowsWithASixthCell() {
        List<AppendixRow> rows = reader.read(List.of(
                "Phụ lục",
                "1.1.\tSố nhiệm vụ đề ra trong kế hoạch\tNhiệm vụ\t3\t\t",
                "1.2.\tSố nhiệm vụ đã hoàn thành\tNhiệm vụ\t2\tghi chú\tcòn tiếp"));

        assertThat(rows).extracting(AppendixRow::code, AppendixRow::unit, AppendixRow::value, AppendixRow::note)
                .containsExactly(
                        tuple("", "", "", ""),
                        tuple("1.1", "Nhiệm vụ", "3", ""),
                        tuple("1.2", "Nhiệm vụ", "2", "ghi chú còn tiếp"));
    }

    @Test
    void namesItsShape() {
        assertThat(reader.shape()).isEqualTo("tabbed");
    }

    private List<AppendixRow> rows(String seed) {
        return reader.read(AppendixSeeds.lines(seed)).stream().filter(row -> !row.isHeading()).toList();
    }

    private AppendixRow rowAt(String seed, int line) {
        return rows(seed).stream().filter(row -> row.line() == line).findFirst().orElseThrow();
    }

    private static String orEmpty(String cell) {
        return Objects.toString(cell, "");
    }
}
