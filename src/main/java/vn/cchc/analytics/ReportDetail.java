package vn.cchc.analytics;

import java.util.List;

/** The bottom of the drill-down: one report, every value with its source line, its findings. */
public record ReportDetail(ReportRow report, List<ReportValueRow> values, List<FindingRow> findings) {
}
