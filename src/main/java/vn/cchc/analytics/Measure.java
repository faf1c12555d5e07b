package vn.cchc.analytics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import vn.cchc.catalog.Indicator.Accumulation;
import vn.cchc.catalog.Indicator.Kind;

/**
 * What a chart can show: a catalog indicator, or one of the derived headline KPIs (on-time rate,
 * online rate, staffing fill, DOMAIN §6), which exist in no report and are computed from counts.
 *
 * @param id            the catalog id (tthc.ontime_rate.dept) or a KPI id (kpi.ontime_rate): URL-safe
 * @param parts         for a rate, the count pairs it is the ratio of (a KPI may have several: the
 *                      on-time rate sums departments', districts' and communes' dossiers); empty otherwise
 * @param reportedRates the rate indicators a report may give without counts (used only when no
 *                      report in the set gives the counts, and then said so)
 * @param derived       a KPI computed from counts, not a catalog indicator
 */
public record Measure(String id, String nameVi, String nameEn, String unit, Kind kind, Accumulation accumulation,
                      Boolean higherIsBetter, boolean derived, List<RatioPart> parts, List<String> reportedRates) {

    public Measure {
        parts = List.copyOf(parts);
        reportedRates = List.copyOf(reportedRates);
    }

    public boolean isRatio() {
        return !parts.isEmpty();
    }

    /** Lower is better only when the catalog says so; a neutral measure ranks the largest first. */
    public boolean lowerIsBetter() {
        return Boolean.FALSE.equals(higherIsBetter);
    }

    /** The catalog indicators a query must read. */
    List<String> indicatorIds() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (RatioPart p : parts) {
            ids.add(p.numerator());
            ids.add(p.denominator());
        }
        ids.addAll(reportedRates);
        if (!isRatio()) {
            ids.add(id);
        }
        return new ArrayList<>(ids);
    }
}
