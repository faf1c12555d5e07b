package vn.cchc.analytics;

import java.util.List;

/**
 * One overview card: a headline rate at the scope and period, the change against the previous
 * period in percentage points (null unless both are reported), and the sparkline of the last
 * periods of the same grain ending with this one.
 *
 * @param national the whole country's figure beside a scoped reader's own when the national
 *                 benchmark is on (see {@link AccessScope#nationalBenchmark}); null when not shown
 */
public record KpiCard(Measure measure, Scope scope, String period, Figure current, String previousPeriod,
                      Figure previous, Double changePoints, List<TrendPoint> sparkline, Figure national) {
}
