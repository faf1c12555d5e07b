package vn.cchc.analytics;

import java.time.LocalDate;

/** A current report of an agency, for the drill-down's report list. */
public record ReportRow(long reportId, String fileName, String period, String template, String docNumber,
                        LocalDate docDate, long agencyId, String agencyName, String provinceSlug, int values,
                        int findings) {
}
