package vn.cchc.analytics;

import java.util.List;

/** A measure over the periods of one grain, one series per scope, all on one axis. */
public record Trend(Measure measure, Grain grain, Axis axis, List<String> periods, List<TrendSeries> series) {
}
