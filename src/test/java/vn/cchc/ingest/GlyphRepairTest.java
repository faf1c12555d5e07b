package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GlyphRepairTest {

    private static final GlyphRepair REPAIR = GlyphRepair.fromClasspath();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # as pdftotext wrote it (seed 001)                                     | as the report has it
            T  lệ hồ sơ TTHC do các sở, ngành tiếp nh n được giải quyết đ ng       | Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng
            Số nhiệm vụ đã hoàn thành đ ng hạn                                   | Số nhiệm vụ đã hoàn thành đúng hạn
            Số TTHC đã c p nh t, công khai trên Cổng DVC quốc gia                 | Số TTHC đã cập nhật, công khai trên Cổng DVC quốc gia
            Số liệu về xử lý k  lu t cán bộ, công chức                           | Số liệu về xử lý kỷ luật cán bộ, công chức
            Số VBQPPL có kiến nghị xử  ý đã được xử lý xong                       | Số VBQPPL có kiến nghị xử lý đã được xử lý xong
            xử  ý                                                                | xử lý
            Số  ượng phiếu khảo sát                                              | Số lượng phiếu khảo sát
            V n hành Cổng dịch vụ công                                            | Vận hành Cổng dịch vụ công
            Số tổ chức liên ngành do cấp tỉnh thành l p                           | Số tổ chức liên ngành do cấp tỉnh thành lập
            Tổng số đơn vị sự nghiệp công l p trên địa bàn tỉnh                   | Tổng số đơn vị sự nghiệp công lập trên địa bàn tỉnh
            T  lệ hồ sơ TTHC về  ĩnh vực đất đai được giải quyết đ ng hẹn         | Tỷ lệ hồ sơ TTHC về lĩnh vực đất đai được giải quyết đúng hẹn
            Số  ãnh đạo cấp sở, ngành được bổ nhiệm mới                          | Số lãnh đạo cấp sở, ngành được bổ nhiệm mới
            Tổ chức đối thoại của  ãnh đạo với người dân                          | Tổ chức đối thoại của lãnh đạo với người dân
            Đang  àm = 1                                                         | Đang làm = 1
            Chưa c  = 0                                                          | Chưa có = 0
            Tổng số TTHC đang c  hiệu lực                                        | Tổng số TTHC đang có hiệu lực
            V n hành Hệ thống thông tin một cửa điện tử t p trung của tỉnh        | Vận hành Hệ thống thông tin một cửa điện tử tập trung của tỉnh
            "Trong đ "                                                           | Trong đó
            "Trong \n\nđ "                                                       | "Trong \n\nđó"
            Số hợp đồng  ao động làm việc tại cơ quan hành chính nhà nước        | Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước
            Số người làm việc hưởng  ương từ NSNN                                 | Số người làm việc hưởng lương từ NSNN
            "Số  ãnh đạo cấp tỉnh bị k  \n\nlu t."                                | "Số lãnh đạo cấp tỉnh bị kỷ \n\nluật."
            """)
    void restoresTheGlyphsPdftotextLost(String broken, String repaired) {
        assertThat(REPAIR.repair(broken)).isEqualTo(repaired);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Tổng số biên chế được giao trong năm Người 37",
            "Số TTHC cấp tỉnh: Thủ tục 54",
            "Cơ quan, đơn vị",
            "3.4.1.  Tỷ lệ",
            "UBND cấp huyện",
            "Lê Anh Tuấn",
            "Số ĐVSNCL thuộc sở, ngành  và tương đương Cơ quan, đơn vị",
            "Số người làm việc hưởng lương từ NSNN tại các đơn vị SNCL bị kỷ luật.",
            "Tổng số TTHC cung cấp trực tuyến mức độ 4 TTHC 13 (cấp tỉnh",
            "Thủ tục  77  ",
            "Người 5  ",
            "Số nhiệm vụ đề ra trong kế hoạch Nhiệm vụ 26",
            "Ý kiến của lãnh đạo",
            "chú ý",
            ""})
    void leavesCorrectTextAsItIs(String text) {
        assertThat(REPAIR.repair(text)).isEqualTo(text);
    }

    @Test
    void repairsTheWholeAppendixOfThePdfSeed() throws IOException {
        String appendix = seed("001_5861b1071b6d393a.txt").split("Phụ lục", 2)[1];

        String repaired = REPAIR.repair(appendix);

        assertThat(repaired)
                .contains("3.4.1.  Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng")
                .contains("3.2.1.  Số TTHC đã cập nhật, công khai trên Cổng DVC quốc gia")
                .contains("5.4.  Số liệu về xử lý kỷ luật cán bộ, công chức")
                .contains("1.4.1.  Số lượng phiếu khảo sát Số lượng")
                .contains("Chưa có = 0")
                .contains("Đang làm = 1")
                .contains("4.2.1.  Tổng số biên chế được giao trong năm Người 37")
                .doesNotContain("T  lệ", "đ ng", "c p nh t", "k  lu t", " ượng", " ãnh", "V n hành", "t p trung");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_325df2895e38e3a8.txt", "002_fff703ffbe76582a.txt", "003_6e93ae04989b8532.txt",
            "004_197f7b6bb391846f.txt"})
    void changesNothingInACleanSeed(String seed) throws IOException {
        String text = seed(seed);

        assertThat(REPAIR.repair(text)).isEqualTo(text);
    }

    @Test
    void learnsTheSameRepairsFromTheCleanSeedsAsItShips() throws IOException {
        GlyphRepair learnt = new GlyphRepair(List.of(seed("000_325df2895e38e3a8.txt"),
                seed("002_fff703ffbe76582a.txt"), seed("003_6e93ae04989b8532.txt"), seed("004_197f7b6bb391846f.txt")));

        assertThat(learnt.repair("T  lệ hồ sơ TTHC do các sở, ngành tiếp nh n được giải quyết đ ng hạn"))
                .isEqualTo("Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn");
        assertThat(learnt.repair("Số TTHC đã c p nh t, công khai")).isEqualTo("Số TTHC đã cập nhật, công khai");
        assertThat(learnt.repair("Lê Anh Tuấn")).isEqualTo("Lê Anh Tuấn");
    }

    @Test
    void restoresUpperCaseInAnUpperCaseWord() {
        assertThat(REPAIR.repair("GIẢI QUYẾT Đ NG HẠN")).isEqualTo("GIẢI QUYẾT ĐÚNG HẠN");
    }

    @Test
    void knowsNothingWithoutAVocabulary() {
        GlyphRepair repair = new GlyphRepair(List.of());

        assertThat(repair.repair("T  lệ hồ sơ đ ng hạn")).isEqualTo("T  lệ hồ sơ đ ng hạn");
    }

    @Test
    void returnsNfc() {
        String decomposed = Normalizer.normalize("Tỷ lệ hồ sơ", Normalizer.Form.NFD);

        assertThat(REPAIR.repair(decomposed)).isEqualTo("Tỷ lệ hồ sơ");
    }

    @Test
    void readsNullAsEmpty() {
        assertThat(REPAIR.repair(null)).isEmpty();
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = GlyphRepairTest.class.getResourceAsStream("/sample/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
