package vn.cchc.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who filed a report, where, for which period — each field with its evidence; {@code null}
 * where nothing in the document says. Contradictions between cues become {@link Finding}s.
 *
 * @param province       province slug (reference/provinces.csv) of the unit valid in the period
 * @param agency         canonical short agency name: 'Sở Xây dựng', 'UBND tỉnh', 'UBND huyện Yên Sơn'
 * @param departmentSlug the department type when the agency is a department
 * @param period         '2021-Q1', '2024-H1', '2023-9M', '2021-Y'
 */
public record ReportMetadata(Detected province, Detected agency, Detected agencyKind, String departmentSlug,
                             Detected period, Detected docNumber, Detected docDate, String title,
                             List<Finding> findings) {

    /** The detected fields by name, for storing each with its evidence. */
    public Map<String, Detected> fields() {
        Map<String, Detected> fields = new LinkedHashMap<>();
        fields.put("province", province);
        fields.put("agency", agency);
        fields.put("agency_kind", agencyKind);
        fields.put("period", period);
        fields.put("doc_number", docNumber);
        fields.put("doc_date", docDate);
        return fields;
    }
}
