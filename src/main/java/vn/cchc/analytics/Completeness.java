package vn.cchc.analytics;

import java.util.List;

/**
 * Who reported for a period. An agency is expected in a period when the period's last day lies
 * between the last days of its earliest and its latest current report (any kind of period): agencies
 * that started or ended (the 2025 mergers, the end of districts) are not counted missing outside
 * their lifetime, and a 2025 province's 2025-Y report (which starts in January) does not make it
 * expected before July 2025.
 */
public record Completeness(String period, int expected, int reported, List<AgencyOption> missing) {

    /** Share of expected agencies that reported, 0–100; null when none was expected. */
    public Double percent() {
        return expected == 0 ? null : 100.0 * reported / expected;
    }
}
