package vn.cchc.analytics;

/** One agency in one period. */
public record HeatmapCell(long agencyId, String period, Figure figure) {
}
