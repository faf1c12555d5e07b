package vn.cchc.analytics;

import static org.jooq.impl.DSL.max;
import static vn.cchc.warehouse.jooq.Tables.PROVINCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.springframework.stereotype.Service;
import vn.cchc.catalog.VietnameseOrder;
import vn.cchc.warehouse.jooq.tables.AnalyticsReport;

/**
 * Agencies × periods for a measure, each cell the agency's own report's figure; under the 34
 * boundaries an agency continuing across the 2025 merger is one row ({@link ContinuingUnit}).
 */
@Service
public class HeatmapService {

    private static final AnalyticsReport AR = FigureQuery.AR;
    private static final String UNIT = "unit";
    private static final String SHOWN_PROVINCE = "shown_province";
    private static final String LAST_END = "last_end";
    private static final Comparator<AgencyOption> ORDER = VietnameseOrder.by(AgencyOption::provinceName)
            .thenComparing(AgencyOption::kind, Comparator.reverseOrder())
            .thenComparing(VietnameseOrder.by(AgencyOption::name))
            .thenComparing(AgencyOption::id);

    private final DSLContext dsl;
    private final MeasureCatalog measures;
    private final ReadAccess access;

    public HeatmapService(DSLContext dsl, MeasureCatalog measures, ReadAccess access) {
        this.dsl = dsl;
        this.access = access;
        this.measures = measures;
    }

    /**
     * @param provinceSlug null for every province (read by the boundary)
     * @param agencyKind   null for every kind
     */
    public Heatmap heatmap(String measureId, PeriodRange range, String provinceSlug, String agencyKind, Boundary boundary) {
        Measure m = measures.get(measureId);
        List<String> periods = range.periods();
        Condition c = condition(periods, provinceSlug, agencyKind, boundary);
        Map<String, AgencyOption> rows = rows(rowsQuery(c, boundary).fetch());
        Map<String, Map<String, Figure>> figures = RankingService.byKey(cellsQuery(m, c, boundary).fetch(), m);
        List<HeatmapCell> cells = new ArrayList<>();
        for (Map.Entry<String, AgencyOption> row : rows.entrySet()) {
            for (String p : periods) {
                cells.add(new HeatmapCell(row.getValue().id(), p, figures.getOrDefault(p, Map.of())
                        .getOrDefault(row.getKey(), Figure.NONE)));
            }
        }
        return new Heatmap(m, periods, List.copyOf(rows.values()), cells);
    }

    /**
     * One row per unit ({@link ContinuingUnit}), shown as its latest agency (the successor, after the
     * 2025 merger), in Vietnamese order of province names, then kind (UBND tỉnh first), then agency names.
     */
    private static Map<String, AgencyOption> rows(List<? extends Record> records) {
        Map<String, Record> latest = new HashMap<>();
        for (Record r : records) {
            latest.merge(r.get(UNIT, String.class), r, (a, b) -> later(b, a) ? b : a);
        }
        List<Map.Entry<String, AgencyOption>> rows = new ArrayList<>();
        latest.forEach((unit, r) -> rows.add(Map.entry(unit, new AgencyOption(agencyId(r),
                r.get(AR.AGENCY_NAME.getName(), String.class), r.get(AR.AGENCY_KIND.getName(), String.class),
                r.get(SHOWN_PROVINCE, String.class), r.get(PROVINCE.NAME)))));
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

    static Condition condition(List<String> periods, String provinceSlug, String agencyKind, Boundary boundary) {
        return FigureQuery.periods(periods).and(AR.AGENCY_ID.isNotNull())
                .and(FigureQuery.within(boundary, provinceSlug, agencyKind));
    }

    /** Every agency with a report in the range, with its unit, the province it is shown under and its last period's end. */
    ResultQuery<? extends Record> rowsQuery(Condition c, Boundary boundary) {
        Field<String> shown = boundary == Boundary.NEW_34 ? AR.PROVINCE_NEW : AR.PROVINCE_SLUG;
        Table<?> t = dsl.select(ContinuingUnit.key(AR, boundary).as(UNIT), AR.AGENCY_ID, AR.AGENCY_NAME, AR.AGENCY_KIND,
                        shown.as(SHOWN_PROVINCE), AR.PERIOD_END)
                .from(AR).where(c.and(access.reports())).asTable("agency_rows");
        Field<String> province = t.field(SHOWN_PROVINCE, String.class);
        return dsl.select(t.field(UNIT), t.field(AR.AGENCY_ID), t.field(AR.AGENCY_NAME), t.field(AR.AGENCY_KIND),
                        province, PROVINCE.NAME, max(t.field(AR.PERIOD_END)).as(LAST_END))
                .from(t).leftJoin(PROVINCE).on(PROVINCE.SLUG.eq(province))
                .groupBy(t.field(UNIT), t.field(AR.AGENCY_ID), t.field(AR.AGENCY_NAME), t.field(AR.AGENCY_KIND),
                        province, PROVINCE.NAME);
    }

    ResultQuery<Record> cellsQuery(Measure m, Condition c, Boundary boundary) {
        return FigureQuery.of(dsl, access, m, List.of(ContinuingUnit.key(AR, boundary)), c);
    }
}
