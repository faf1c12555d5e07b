package vn.cchc.analytics;

/** What the warehouse holds, in four counts. */
public record WarehouseSummary(long currentReports, long agencies, long values, long findings) {
}
