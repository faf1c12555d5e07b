package vn.cchc.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.Detected;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ReportMetadata;

/**
 * What an importer set by hand in the upload preview, where the loader read a field wrong or not at
 * all. Each corrected field is stored with the evidence "set by ACCOUNT at TIME" in place of the
 * text it was read from (report_evidence), so the warehouse says who decided it.
 *
 * @param province       a province slug of either generation, or null to keep what was read
 * @param agencyKind     province | department | district | commune, or null to keep
 * @param agency         the agency's name (for a department, its type's name is used), or null to keep
 * @param departmentSlug for a department, its type (reference/department_types.csv), or null
 * @param period         a period code such as 2024-Q2, or null to keep
 */
public record Correction(String province, String agencyKind, String agency, String departmentSlug, String period) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public static final Correction NONE = new Correction(null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The fields this correction changes, for the audit log: "period=2024-Q2, province=ha-noi". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "province", province);
        add(parts, "agency_kind", agencyKind);
        add(parts, "agency", agency);
        add(parts, "department", departmentSlug);
        add(parts, "period", period);
        return String.join(", ", parts);
    }

    /** The report with these fields set, each with its evidence naming the account and the time. */
    ParsedReport applyTo(ParsedReport report, String account, Instant at, ReferenceData reference) {
        if (isEmpty()) {
            return report;
        }
        String evidence = "set by " + account + " at " + WHEN.format(at);
        ReportMetadata m = report.metadata();
        String kind = agencyKind != null ? agencyKind : value(m.agencyKind());
        String department = "department".equals(kind)
                ? (departmentSlug != null ? departmentSlug : m.departmentSlug()) : null;
        String agencyName = agency;
        if (departmentSlug != null && "department".equals(kind)) {
            agencyName = reference.department(departmentSlug).map(d -> d.name()).orElseThrow(
                    () -> new IllegalArgumentException("unknown department type: " + departmentSlug));
        }
        if (province != null && reference.province(province).isEmpty()) {
            throw new IllegalArgumentException("unknown province: " + province);
        }
        ReportMetadata corrected = new ReportMetadata(
                set(m.province(), province, evidence),
                set(m.agency(), agencyName, evidence),
                set(m.agencyKind(), agencyKind, evidence),
                department,
                set(m.period(), period, evidence),
                m.docNumber(), m.docDate(), m.title(), m.findings());
        return new ParsedReport(report.fileName(), report.sha256(), report.byteSize(), report.shape(), report.template(),
                corrected, report.values(), report.findings(), report.encoding());
    }

    private static Detected set(Detected read, String value, String evidence) {
        if (value == null || value.isBlank() || (read != null && Objects.equals(read.value(), value.strip()))) {
            return read;
        }
        return new Detected(value.strip(), evidence, 0);
    }

    private static String value(Detected d) {
        return d == null ? null : d.value();
    }

    private static void add(List<String> parts, String field, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(field + "=" + value.strip());
        }
    }
}
