package vn.cchc.analytics;

import static org.jooq.impl.DSL.select;

import org.jooq.Condition;
import org.jooq.Field;
import vn.cchc.warehouse.jooq.tables.AnalyticsReport;

/**
 * The unit a report's figure is shown under (DOMAIN §8: history filed under the old unit, shown under
 * the new one). Under the 63 boundaries every agency is its own unit. Under the 34, an agency that
 * continues into the merged province is one unit with its successor: the UBND tỉnh of every member
 * province is the merged province's UBND tỉnh, and a department is the merged province's department
 * of the same type, or of the type it merged into along {@code department_lineage}'s primary line
 * (so "Sở Kế hoạch và Đầu tư — Kiên Giang" in 2024 is "Sở Tài chính — An Giang" from 2025-07-01). A
 * district, abolished in 2025, continues into nothing and stays its own unit. Keys are text: a unit
 * of one agency is keyed by the agency's id, as before.
 *
 * <p>The key under the 34 is stored with each row of analytics_report ({@code unit_34}, sql/V11),
 * written by {@link AnalyticsTables}' rebuild and step: worked out per row by every query, it was
 * most of the time of an agency's cards, the rankings of agencies and the heatmap.
 */
final class ContinuingUnit {

    private ContinuingUnit() {
    }

    /** The unit key of each row of {@code ar} (an alias of analytics_report) under the boundary. */
    static Field<String> key(AnalyticsReport ar, Boundary boundary) {
        return boundary == Boundary.NEW_34 ? ar.UNIT_34 : ar.AGENCY_ID.cast(String.class);
    }

    /** The rows of {@code ar} that belong to the same unit as the agency, under the boundary. */
    static Condition sameUnit(AnalyticsReport ar, long agencyId, Boundary boundary) {
        AnalyticsReport x = ar.as("unit_of");
        return key(ar, boundary).in(select(key(x, boundary)).from(x).where(x.AGENCY_ID.eq(agencyId)));
    }
}
