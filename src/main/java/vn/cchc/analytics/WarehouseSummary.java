package vn.cchc.analytics;

import java.time.LocalDateTime;

/**
 * What the warehouse holds, in four counts, and where it came from.
 *
 * @param createdFromSample true when the app built it from the bundled sample on first start (synthetic
 *                          data beside the five real seed reports: the UI should say so)
 * @param createdAt         when the sample warehouse was built; null for a warehouse not built from the sample
 * @param sample            what the sample holds, in words; null for a warehouse not built from the sample
 */
public record WarehouseSummary(long currentReports, long agencies, long values, long findings,
                               boolean createdFromSample, LocalDateTime createdAt, String sample) {
}
