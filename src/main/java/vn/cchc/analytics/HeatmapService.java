package vn.cchc.analytics;

import static vn.cchc.warehouse.jooq.Tables.PROVINCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.springframework.stereotype.Service;
import vn.cchc.warehouse.jooq.tables.AnalyticsReport;

/** Agencies × periods for a measure, each cell the agency's own report's figure. */
@Service
public class HeatmapService {

    private static final AnalyticsReport AR = FigureQuery.AR;

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
        List<AgencyOption> agencies = rowsQuery(c).fetch(r -> new AgencyOption(r.get(AR.AGENCY_ID), r.get(AR.AGENCY_NAME),
                r.get(AR.AGENCY_KIND), r.get(AR.PROVINCE_SLUG), r.get(PROVINCE.NAME)));
        Map<String, Map<String, Figure>> figures = RankingService.byKey(cellsQuery(m, c).fetch(), m);
        List<HeatmapCell> cells = new ArrayList<>();
        for (AgencyOption a : agencies) {
            for (String p : periods) {
                cells.add(new HeatmapCell(a.id(), p, figures.getOrDefault(p, Map.of())
                        .getOrDefault(String.valueOf(a.id()), Figure.NONE)));
            }
        }
        return new Heatmap(m, periods, agencies, cells);
    }

    static Condition condition(List<String> periods, String provinceSlug, String agencyKind, Boundary boundary) {
        return FigureQuery.periods(periods).and(AR.AGENCY_ID.isNotNull())
                .and(FigureQuery.within(boundary, provinceSlug, agencyKind));
    }

    ResultQuery<? extends Record> rowsQuery(Condition c) {
        return dsl.selectDistinct(AR.AGENCY_ID, AR.AGENCY_NAME, AR.AGENCY_KIND, AR.PROVINCE_SLUG, PROVINCE.NAME)
                .from(AR).leftJoin(PROVINCE).on(PROVINCE.SLUG.eq(AR.PROVINCE_SLUG)).where(c.and(access.reports()))
                .orderBy(PROVINCE.NAME, AR.AGENCY_KIND.desc(), AR.AGENCY_NAME, AR.AGENCY_ID);
    }

    ResultQuery<Record> cellsQuery(Measure m, Condition c) {
        return FigureQuery.of(dsl, access, m, List.of(AR.AGENCY_ID.cast(String.class)), c);
    }
}
