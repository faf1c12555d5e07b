package vn.cchc.analytics;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;
import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.DEPARTMENT_LINEAGE;

import org.jooq.Condition;
import org.jooq.Field;
import vn.cchc.warehouse.jooq.tables.Agency;
import vn.cchc.warehouse.jooq.tables.AnalyticsReport;
import vn.cchc.warehouse.jooq.tables.DepartmentLineage;

/**
 * The unit a report's figure is shown under (DOMAIN §8: history filed under the old unit, shown under
 * the new one). Under the 63 boundaries every agency is its own unit. Under the 34, an agency that
 * continues into the merged province is one unit with its successor: the UBND tỉnh of every member
 * province is the merged province's UBND tỉnh, and a department is the merged province's department
 * of the same type, or of the type it merged into along {@code department_lineage}'s primary line
 * (so "Sở Kế hoạch và Đầu tư — Kiên Giang" in 2024 is "Sở Tài chính — An Giang" from 2025-07-01). A
 * district, abolished in 2025, continues into nothing and stays its own unit. Keys are text: a unit
 * of one agency is keyed by the agency's id, as before.
 */
final class ContinuingUnit {

    private static final String PRIMARY = "primary";

    private ContinuingUnit() {
    }

    /** The unit key of each row of {@code ar} (an alias of analytics_report) under the boundary. */
    static Field<String> key(AnalyticsReport ar, Boundary boundary) {
        Field<String> own = ar.AGENCY_ID.cast(String.class);
        if (boundary != Boundary.NEW_34) {
            return own;
        }
        Agency a = AGENCY.as("unit_agency");
        DepartmentLineage l = DEPARTMENT_LINEAGE.as("unit_lineage");
        // The department type the agency's history follows: its primary successor's, else its own, else its name.
        Field<String> type = select(coalesce(l.TO_SLUG, a.DEPARTMENT_SLUG, a.NAME)).from(a).leftJoin(l)
                .on(l.FROM_SLUG.eq(a.DEPARTMENT_SLUG).and(l.NOTE.startsWith(inline(PRIMARY))))
                .where(a.ID.eq(ar.AGENCY_ID)).limit(1).asField();
        Field<String> province = inline("province:").concat(ar.PROVINCE_NEW);
        Field<String> department = inline("department:").concat(ar.PROVINCE_NEW).concat(inline(":")).concat(type);
        return coalesce(when(ar.AGENCY_KIND.eq(inline("province")), province)
                .when(ar.AGENCY_KIND.eq(inline("department")), department), own);
    }

    /** The rows of {@code ar} that belong to the same unit as the agency, under the boundary. */
    static Condition sameUnit(AnalyticsReport ar, long agencyId, Boundary boundary) {
        AnalyticsReport x = ar.as("unit_of");
        return key(ar, boundary).in(select(key(x, boundary)).from(x).where(x.AGENCY_ID.eq(agencyId)));
    }
}
