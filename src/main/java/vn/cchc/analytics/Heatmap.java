package vn.cchc.analytics;

import java.util.List;

/**
 * Agencies × periods for a measure: every agency with a current report in the range is a row, every
 * period of the range a column; a cell without a report or a value is NOT_REPORTED (value null).
 *
 * @param cells one per agency and period: the first agency's in period order, then the next's
 */
public record Heatmap(Measure measure, List<String> periods, List<AgencyOption> agencies, List<HeatmapCell> cells) {

    /** The figure of the agency at {@code row} for the period at {@code column}. */
    public Figure figure(int row, int column) {
        return cells.get(row * periods.size() + column).figure();
    }
}
