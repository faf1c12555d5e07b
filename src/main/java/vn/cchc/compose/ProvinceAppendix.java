package vn.cchc.compose;

import java.util.List;
import vn.cchc.analytics.AgencyReports;

/**
 * The composed aggregate appendix of one province and period, ready to be written.
 *
 * @param provincePhrase "tỉnh Quảng Bình", "thành phố Hà Nội"
 * @param periodPhrase   "quý II năm 2024"
 * @param sections       one per "Biểu mẫu", in the template's order
 */
public record ProvinceAppendix(AgencyReports.Province province, String provincePhrase, AgencyReports.Period period,
                               String periodPhrase, List<Section> sections, Sources sources) {

    /** "Dự thảo — tổng hợp tự động": what the header says until a person signs the report. */
    public static final String DRAFT = "Dự thảo — tổng hợp tự động";

    public record Section(int number, List<String> headings, List<ComposedRow> rows) {
    }

    /**
     * The last section, "Nguồn số liệu": who contributed, who was expected and did not report, and
     * the findings that touch a figure used.
     */
    public record Sources(List<String> contributors, List<String> missing, List<String> findings) {
    }

    public List<ComposedRow> rows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }
}
