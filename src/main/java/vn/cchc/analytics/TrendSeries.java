package vn.cchc.analytics;

import java.util.List;

/** One line of a trend: a scope's figure in each period of the trend (NOT_REPORTED where none). */
public record TrendSeries(Scope scope, String label, List<TrendPoint> points) {
}
