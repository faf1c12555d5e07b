package vn.cchc.analytics;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;
import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.DEPARTMENT_LINEAGE;

import org.jooq.Field;
import vn.cchc.warehouse.jooq.tables.Agency;
import vn.cchc.warehouse.jooq.tables.AnalyticsReport;
import vn.cchc.warehouse.jooq.tables.DepartmentLineage;

/**
 * The continuing unit key as the queries worked it out per row before it was stored (sql/V11): the
 * yardstick the stored {@code analytics_report.unit_34} is checked against ({@link StoredUnitKeyIT}).
 */
final class ContinuingUnitExpression {

    private static final String PRIMARY = "primary";

    private ContinuingUnitExpression() {
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
}
