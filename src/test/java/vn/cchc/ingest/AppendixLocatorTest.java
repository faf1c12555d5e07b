package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.ingest.AppendixLocator.TemplateWording;

class AppendixLocatorTest {

    @ParameterizedTest(name = "seed {0}: appendix starts on line {1}")
    @CsvSource({
            "000, 330", // "**THÔNG KÊ SỐ LIỆU ...**": no "Phụ lục" line, and the title misspells THỐNG
            "001, 278", // "Phụ lục " before the title
            "002, 180", // "PHỤ LỤC"
            "003, 190", // "**Phụ lục**"
            "004, 210"})
    void startsAtTheFirstAppendixMarker(String seed, int line) {
        assertThat(AppendixLocator.start(AppendixSeeds.lines(seed))).hasValue(line - 1);
    }

    @Test
    void theDossierTableInSeed000sProseLiesBeforeTheAppendix() {
        List<String> lines = AppendixSeeds.lines("000");

        assertThat(lines.get(94)).startsWith("STT\tTên hồ sơ tiếp nhận");
        assertThat(AppendixLocator.start(lines).getAsInt()).isGreaterThan(94);
    }

    @Test
    void withoutAMarkerStartsAtTheFirstIndicatorTableHeader() {
        List<String> lines = List.of(
                "BÁO CÁO Kết quả công tác CCHC 6 tháng đầu năm 2022",
                "STT\tTên hồ sơ tiếp nhận\tTổng số hồ sơ\tGhi chú",
                "1\tCấp phép xây dựng\t12\t",
                "",
                "STT\tChỉ tiêu thống kê\tKết quả thống kê\t\tGhi chú",
                "1.1.\tKế hoạch CCHC\t\t1\t");

        assertThat(AppendixLocator.start(lines)).hasValue(4);
    }

    @Test
    void recognisesAMarkerUnderMarkdown() {
        List<String> lines = List.of("Lời mở đầu", "### **PHỤ LỤC I**", "STT\tChỉ tiêu thống kê");

        assertThat(AppendixLocator.start(lines)).hasValue(1);
    }

    @Test
    void findsNothingInADocumentWithoutAppendix() {
        List<String> lines = List.of("BÁO CÁO", "Tình hình thực hiện công tác cải cách hành chính quý I");

        assertThat(AppendixLocator.start(lines)).isEmpty();
        assertThat(AppendixLocator.appendixLines(lines)).isEmpty();
    }

    @Test
    void numbersAppendixLinesAsInTheDocumentWithoutCarriageReturns() {
        List<String> lines = List.of("Báo cáo\r", "Phụ lục\r", "1.1.\tKế hoạch CCHC\t\t1\t\r");

        assertThat(AppendixLocator.appendixLines(lines)).containsExactly(
                new AppendixLocator.NumberedLine(2, "Phụ lục"),
                new AppendixLocator.NumberedLine(3, "1.1.\tKế hoạch CCHC\t\t1\t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "STT\tChỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)\tKết quả thống kê\t\tGhi chú",
            "\t\tĐơn vị tính\tSố liệu\t",
            "<b>STT</b>\t<b>Chỉ tiêu thống kê</b>\t<b>Kết quả thống kê</b>\t<b>Ghi chú</b>",
            "\t<i>(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)</i>\t<b>Đơn vị tính</b>\t<b>Số liệu</b>\t",
            "ST T\tChỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)\tKết quả thống kê\t\tGhi chú",
            " STT Chỉ tiêu thống kê ",
            "(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm) ",
            "Kết quả thống kê Ghi chú ",
            "Đơn vị tính Số liệu  ",
            "STT\tChỉ tiêu thống kê\tKết quả thống kê năm 2021\tGhi chú"})
    void recognisesTheTableHeaderLinesOfTheSeeds(String line) {
        assertThat(TemplateWording.isTableHeader(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4.2.\tSố liệu về biên chế công chức\t\t\t",
            "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH  ",
            "6 ",
            "1\tSố liệu",
            " 2. (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)",
            ""})
    void takesNoOtherLineForATableHeader(String line) {
        assertThat(TemplateWording.isTableHeader(line)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1.1., 1.1", "<b>1.</b>, 1", "1.2.1, 1.2.1", "3.4.1., 3.4.1"})
    void writesItemCodesWithoutMarkupOrTrailingDot(String written, String code) {
        assertThat(TemplateWording.itemCode(written)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Trong đó", "Tron g đó", "Trong đó:", "<b>Trong đó</b>", "Trong đ "})
    void recognisesTheSubRowMarkerAsConversionsWriteIt(String written) {
        assertThat(TemplateWording.isSubRowMarker(written)).isTrue();
    }

    @Test
    void recognisesTheSubRowMarkerSplitOverTwoPdfLines() {
        assertThat(TemplateWording.isSubRowMarker("Trong ")).isFalse();
        assertThat(TemplateWording.opensSubRowMarker("Trong ")).isTrue();
        assertThat(TemplateWording.closesSubRowMarker("đ  ")).isTrue();
        assertThat(TemplateWording.closesSubRowMarker("đó")).isTrue();
        assertThat(TemplateWording.closesSubRowMarker("đến")).isFalse();
    }
}
