package vn.cchc.analytics;

import java.util.List;

/**
 * Agencies × periods for a measure: every agency with a current report in the range is a row, every
 * period of the range a column; a cell without a report or a value is NOT_REPORTED (value null).
 */
public record Heatmap(Measure measure, List<String> periods, List<AgencyOption> agencies, List<HeatmapCell> cells) {
}
