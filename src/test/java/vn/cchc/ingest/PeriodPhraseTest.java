package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodPhraseTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            quý I, phương hướng, nhiệm vụ quý II năm 2021                                                             | 2021-Q1
            Quý III và kế hoạch công tác Quý IV năm 2023                                                              | 2023-Q3
            Quý I/2023                                                                                                | 2023-Q1
            Báo cáo CCHC Quý I - 2023                                                                                 | 2023-Q1
            6 tháng đầu năm 2024                                                                                      | 2024-H1
            9 tháng năm 2022                                                                                          | 2022-9M
            Kết quả cải cách hành chính năm 2021                                                                      | 2021-Y
            Công tác cải cách hành chính quý I, phương hướng, nhiệm vụ quý II năm 2021.                               | 2021-Q1
            Công tác cải cách hành chính quý I năm 2021                                                               | 2021-Q1
            Công tác cải cách hành chính và chỉ số hiệu quả quản trị hành chính Quý III và kế hoạch công tác Quý IV năm 2023 | 2023-Q3
            Tình hình thực hiện công tác cải cách hành chính Quý I, nhiệm vụ trọng tâm Quý II năm 2023                | 2023-Q1
            Kết quả Cải cách hành chính năm 2021                                                                      | 2021-Y
            Quý I/2021, Sở tiếp tục chỉ đạo các phòng rà soát các thủ tục hành chính                                  | 2021-Q1
            Quý II/2023, Sở không nhận được phản ánh, kiến nghị của người dân                                         | 2023-Q2
            BÁO CÁO CÔNG TÁC CCHC QUÝ IV NĂM 2022                                                                     | 2022-Q4
            Báo cáo công tác CCHC quý 4 năm 2022                                                                      | 2022-Q4
            sáu tháng đầu năm 2023                                                                                    | 2023-H1
            chín tháng năm 2022                                                                                       | 2022-9M
            quý I năm 2021 và 6 tháng đầu năm 2021                                                                    | 2021-Q1
            Báo cáo 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2022                                    | 2022-H1
            Báo cáo kết quả CCHC năm 2024                                                                             | 2024-Y
            """)
    void readsTheFirstPeriodTheTitleNames(String title, String code) {
        assertThat(PeriodPhrase.find(title)).get().extracting(PeriodPhrase.Found::code).isEqualTo(code);
    }

    @Test
    void keepsTheYearTheKindAndThePhraseItReadFolded() {
        PeriodPhrase.Found found = PeriodPhrase.find("Công tác cải cách hành chính quý I, phương hướng, nhiệm vụ quý II năm 2021.")
                .orElseThrow();

        assertThat(found.year()).isEqualTo(2021);
        assertThat(found.kind()).isEqualTo("Q1");
        assertThat(found.start()).isEqualTo(29);
        assertThat(found.phrase()).isEqualTo("quy i, phuong huong, nhiem vu quy ii nam 2021");
    }

    @Test
    void aWholeYearIsReadOnlyFromItsYearPhrase() {
        PeriodPhrase.Found found = PeriodPhrase.find("Kết quả cải cách hành chính năm 2021").orElseThrow();

        assertThat(found.year()).isEqualTo(2021);
        assertThat(found.kind()).isEqualTo("Y");
        assertThat(found.phrase()).isEqualTo("nam 2021");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "Văn phòng Ủy ban nhân dân tỉnh gửi Sở Nội vụ tổng hợp theo quy định.",
            // seed 001 line 20: a bare year in a sentence names no reported period
            "Năm 2021, Sở Xây dựng đẩy mạnh chỉ đạo, đôn đốc các phòng thực hiện",
            "Quý I, Sở đã ban hành 3 văn bản chỉ đạo",
            "Tổng số hồ sơ TTHC đã giải quyết xong: 45.700",
            "Ninh Thuận, ngày tháng năm",
            ""})
    void findsNothingInASentenceWithoutAPeriod(String sentence) {
        assertThat(PeriodPhrase.find(sentence)).isEmpty();
    }

    @Test
    void aQuarterWithoutAYearIsNoPeriod() {
        assertThat(PeriodPhrase.find("kế hoạch công tác quý IV")).isEmpty();
    }
}
