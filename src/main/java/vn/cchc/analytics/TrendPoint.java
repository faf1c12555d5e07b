package vn.cchc.analytics;

/** One period of a series (a trend line, a sparkline). */
public record TrendPoint(String period, Figure figure) {
}
