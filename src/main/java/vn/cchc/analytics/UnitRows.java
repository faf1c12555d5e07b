package vn.cchc.analytics;

import static org.jooq.impl.DSL.max;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;
import vn.cchc.catalog.VietnameseOrder;
import vn.cchc.warehouse.jooq.tables.AnalyticsReport;

/**
 * The agencies of some current reports as units ({@link ContinuingUnit}): one per unit, shown as its
 * latest agency (the successor, after the 2025 merger). The heatmap's rows and, under the 34
 * boundaries, the agency filter's options are these, so that a choice in the filter is a heatmap row.
 */
final class UnitRows {

    private static final AnalyticsReport AR = FigureQuery.AR;
    private static final String UNIT = "unit";
    private static final String SHOWN_PROVINCE = "shown_province";
    private static final String LAST_END = "last_end";
    /** Vietnamese order of province names, then kind (UBND tỉnh first), then agency names. */
    private static final Comparator<AgencyOption> ORDER = VietnameseOrder.by(AgencyOption::provinceName)
            .thenComparing(AgencyOption::kind, Comparator.reverseOrder())
            .thenComparing(VietnameseOrder.by(AgencyOption::name))
            .thenComparing(AgencyOption::id);

    private UnitRows() {
    }

    /** Every agency with a current report meeting {@code c} the reader may see, with its unit, shown province and last period's end. */
    static ResultQuery<? extends Record> query(DSLContext dsl, ReadAccess access, Condition c, Boundary boundary) {
        Field<String> shown = boundary == Boundary.NEW_34 ? AR.PROVINCE_NEW : AR.PROVINCE_SLUG;
        Table<?> t = dsl.select(ContinuingUnit.key(AR, boundary).as(UNIT), AR.AGENCY_ID, AR.AGENCY_NAME, AR.AGENCY_KIND,
                        shown.as(SHOWN_PROVINCE), AR.PERIOD_END)
                .from(AR).where(c.and(AR.AGENCY_ID.isNotNull()).and(access.reports())).asTable("agency_rows");
        Field<String> province = t.field(SHOWN_PROVINCE, String.class);
        return dsl.select(t.field(UNIT), t.field(AR.AGENCY_ID), t.field(AR.AGENCY_NAME), t.field(AR.AGENCY_KIND),
                        province, PROVINCE.NAME, max(t.field(AR.PERIOD_END)).as(LAST_END))
                .from(t).leftJoin(PROVINCE).on(PROVINCE.SLUG.eq(province))
                .groupBy(t.field(UNIT), t.field(AR.AGENCY_ID), t.field(AR.AGENCY_NAME), t.field(AR.AGENCY_KIND),
                        province, PROVINCE.NAME);
    }

    /** The unit key → its row, one per unit of {@link #query}'s records, in {@link #ORDER}. */
    static Map<String, AgencyOption> fold(List<? extends Record> records) {
        Map<String, Record> latest = new HashMap<>();
        Map<String, Set<Long>> members = new HashMap<>();
        for (Record r : records) {
            String unit = r.get(UNIT, String.class);
            latest.merge(unit, r, (a, b) -> later(b, a) ? b : a);
            members.computeIfAbsent(unit, u -> new HashSet<>()).add(agencyId(r));
        }
        List<Map.Entry<String, AgencyOption>> rows = new ArrayList<>();
        latest.forEach((unit, r) -> rows.add(Map.entry(unit, new AgencyOption(agencyId(r),
                r.get(AR.AGENCY_NAME.getName(), String.class), r.get(AR.AGENCY_KIND.getName(), String.class),
                r.get(SHOWN_PROVINCE, String.class), r.get(PROVINCE.NAME), members.get(unit)))));
        rows.sort(Comparator.comparing((Map.Entry<String, AgencyOption> e) -> e.getValue(), ORDER)
                .thenComparing(Map.Entry::getKey));
        Map<String, AgencyOption> ordered = new LinkedHashMap<>();
        rows.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static boolean later(Record a, Record b) {
        int byEnd = a.get(LAST_END, LocalDate.class).compareTo(b.get(LAST_END, LocalDate.class));
        return byEnd != 0 ? byEnd > 0 : agencyId(a) > agencyId(b);
    }

    private static long agencyId(Record r) {
        return r.get(AR.AGENCY_ID.getName(), Long.class);
    }
}
