package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.catalog.ReferenceData;

class MetadataDetectorTest {

    private static final MetadataDetector DETECTOR = new MetadataDetector(ReferenceData.bundled());

    static ReportMetadata detect(List<String> lines) {
        return DETECTOR.detect(lines, AppendixLocator.start(lines).orElse(lines.size()));
    }

    static List<String> seed(String file) throws IOException {
        try (InputStream in = MetadataDetectorTest.class.getResourceAsStream("/sample/seeds/" + file)) {
            return PlainTextFormat.lines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_325df2895e38e3a8.txt", "tuyen-quang", "Sở Thông tin và Truyền thông", "department", "2021-Q1", null),
                Arguments.of("001_5861b1071b6d393a.txt", "quang-binh", "Sở Xây dựng", "department", "2021-Q1", "599/BC-SXD"),
                Arguments.of("002_fff703ffbe76582a.txt", "ninh-thuan", "Văn phòng UBND tỉnh", "department", "2021-Y", null),
                Arguments.of("003_6e93ae04989b8532.txt", "quang-tri", "Sở Khoa học và Công nghệ", "department", "2023-Q3", "122/BC-SKHCHN"),
                Arguments.of("004_197f7b6bb391846f.txt", "thanh-hoa", "UBND tỉnh", "province", "2023-Q1", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedMetadata(String file, String province, String agency, String kind, String period, String docNumber)
            throws IOException {
        ReportMetadata m = detect(seed(file));
        assertThat(m.province().value()).isEqualTo(province);
        assertThat(m.agency().value()).isEqualTo(agency);
        assertThat(m.agencyKind().value()).isEqualTo(kind);
        assertThat(m.period().value()).isEqualTo(period);
        assertThat(m.docNumber() == null ? null : m.docNumber().value()).isEqualTo(docNumber);
        assertThat(m.province().evidence()).isNotBlank();
    }

    @Test
    void seed000DateLineContradictingTheTitleIsAFindingAndTheTitleWins() throws IOException {
        ReportMetadata m = detect(seed("000_325df2895e38e3a8.txt"));
        assertThat(m.period().value()).isEqualTo("2021-Q1");
        assertThat(m.findings()).extracting(Finding::rule).containsExactly("date_contradicts_title");
        assertThat(m.findings().getFirst().line()).isEqualTo(5);
    }

    @Test
    void titleNamingTwoPeriodsReportsTheFirst() throws IOException {
        ReportMetadata m = detect(seed("004_197f7b6bb391846f.txt"));
        assertThat(m.period().evidence()).contains("Quý I, nhiệm vụ trọng tâm Quý II năm 2023");
        assertThat(m.period().value()).isEqualTo("2023-Q1");
    }

    @Test
    void dateLineOfSeed001GivesTheDocumentDate() throws IOException {
        assertThat(detect(seed("001_5861b1071b6d393a.txt")).docDate().value()).isEqualTo("2021-03-19");
    }

    @Test
    void appendixCaptionGivesTheDateWhenTheDateLineHasNoDay() throws IOException {
        assertThat(detect(seed("003_6e93ae04989b8532.txt")).docDate().value()).isEqualTo("2023-09-15");
    }

    @Test
    void recipientsListIsNotTheAuthor() {
        ReportMetadata m = detect(List.of("UBND TỈNH HÀ GIANG", "SỞ TƯ PHÁP", "Số: 12/BC-STP", "Hà Giang, ngày 2 tháng 7 năm 2024",
                "BÁO CÁO", "Kết quả cải cách hành chính 6 tháng đầu năm 2024", "Sở Tư pháp báo cáo như sau.",
                "Nơi nhận:", "- Sở Nội vụ;", "- Sở Nội vụ;", "- Văn phòng UBND tỉnh;", "GIÁM ĐỐC", "Phụ lục"));
        assertThat(m.agency().value()).isEqualTo("Sở Tư pháp");
        assertThat(m.period().value()).isEqualTo("2024-H1");
        assertThat(m.province().value()).isEqualTo("ha-giang");
        assertThat(m.docNumber().value()).isEqualTo("12/BC-STP");
        assertThat(m.findings()).isEmpty();
    }

    @Test
    void districtReportWithItsProvinceInTheBody() {
        ReportMetadata m = detect(List.of("UBND HUYỆN YÊN SƠN", "Số: 45/BC-UBND", "Yên Sơn, ngày 20 tháng 12 năm 2022",
                "BÁO CÁO", "Công tác cải cách hành chính năm 2022",
                "Ủy ban nhân dân huyện Yên Sơn, tỉnh Tuyên Quang báo cáo kết quả như sau:",
                "Trên địa bàn huyện, tỉnh Tuyên Quang ...", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phụ lục"));
        assertThat(m.agency().value()).isEqualTo("UBND huyện Yên Sơn");
        assertThat(m.agencyKind().value()).isEqualTo("district");
        assertThat(m.period().value()).isEqualTo("2022-Y");
        assertThat(m.province().value()).isEqualTo("tuyen-quang");
    }

    @Test
    void afterTheMergerAReportIsFiledUnderTheNewProvince() {
        ReportMetadata m = detect(List.of("UBND TỈNH QUẢNG TRỊ", "SỞ NỘI VỤ", "Số: 301/BC-SNV",
                "Đồng Hới, ngày 15 tháng 9 năm 2025", "BÁO CÁO", "Công tác cải cách hành chính quý III năm 2025",
                "GIÁM ĐỐC", "Phụ lục"));
        assertThat(m.province().value()).isEqualTo("quang-tri-2025");
        assertThat(m.period().value()).isEqualTo("2025-Q3");
        assertThat(m.agency().value()).isEqualTo("Sở Nội vụ");
    }

    @Test
    void nineMonthReportOfAProvince() {
        ReportMetadata m = detect(List.of("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Số: 700/BC-UBND", "Nghệ An, ngày 25 tháng 9 năm 2024",
                "BÁO CÁO", "Kết quả công tác cải cách hành chính 9 tháng đầu năm 2024", "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH", "Phụ lục"));
        assertThat(m.agency().value()).isEqualTo("UBND tỉnh");
        assertThat(m.agencyKind().value()).isEqualTo("province");
        assertThat(m.period().value()).isEqualTo("2024-9M");
        assertThat(m.province().value()).isEqualTo("nghe-an");
    }

    @Test
    void nothingToDetectIsAnErrorFindingNotAGuess() {
        ReportMetadata m = detect(List.of("Một văn bản không có tiêu đề", "Phụ lục"));
        assertThat(m.province()).isNull();
        assertThat(m.period()).isNull();
        assertThat(m.findings()).extracting(Finding::rule).containsExactly("metadata_missing");
    }

    @Test
    void twoLineHeadersAsPrinted() {
        ReportMetadata province = detect(List.of("ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 88/BC-UBND",
                "Lào Cai, ngày 10 tháng 7 năm 2022", "BÁO CÁO", "Công tác cải cách hành chính 6 tháng đầu năm 2022",
                "KT. CHỦ TỊCH", "Phụ lục"));
        assertThat(province.agency().value()).isEqualTo("UBND tỉnh");
        assertThat(province.province().value()).isEqualTo("lao-cai");

        ReportMetadata department = detect(List.of("UBND TỈNH GIA LAI", "SỞ KHOA HỌC VÀ", "CÔNG NGHỆ", "Số: 5/BC-SKHCN",
                "Gia Lai, ngày 1 tháng 4 năm 2023", "BÁO CÁO", "Công tác cải cách hành chính quý I năm 2023",
                "GIÁM ĐỐC", "Phụ lục"));
        assertThat(department.agency().value()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(department.province().value()).isEqualTo("gia-lai");

        ReportMetadata district = detect(List.of("ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG ANH", "Số: 31/BC-UBND",
                "Đông Anh, ngày 2 tháng 10 năm 2024", "BÁO CÁO", "Kết quả cải cách hành chính quý III năm 2024",
                "Trên địa bàn huyện Đông Anh, thành phố Hà Nội", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phụ lục"));
        assertThat(district.agency().value()).isEqualTo("UBND huyện Đông Anh");
        assertThat(district.agencyKind().value()).isEqualTo("district");
        assertThat(district.province().value()).isEqualTo("ha-noi");
    }

    @Test
    void districtLetterheadBesideTheMottoIsNotTheProvince() {
        ReportMetadata m = detect(List.of("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "HUYỆN YÊN SƠN Độc lập - Tự do - Hạnh phúc", "Số: 45/BC-UBND Yên Sơn, ngày 20 tháng 12 năm 2022",
                "BÁO CÁO", "Công tác cải cách hành chính năm 2022", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phụ lục",
                "THỐNG KÊ SỐ LIỆU CỦA UBND HUYỆN YÊN SƠN, TỈNH TUYÊN QUANG"));
        assertThat(m.agency().value()).isEqualTo("UBND huyện Yên Sơn");
        assertThat(m.agencyKind().value()).isEqualTo("district");
        assertThat(m.province().value()).isEqualTo("tuyen-quang");
    }
}
