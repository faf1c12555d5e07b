package vn.cchc.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.springframework.stereotype.Service;
import vn.cchc.warehouse.jooq.tables.AnalyticsReport;

/**
 * Agencies × periods for a measure, each cell the agency's own report's figure; under the 34
 * boundaries an agency continuing across the 2025 merger is one row ({@link ContinuingUnit}).
 */
@Service
public class HeatmapService {

    private static final AnalyticsReport AR = FigureQuery.AR;

    private final DSLContext dsl;
    private final MeasureCatalog measures;
    private final ReadAccess access;
    private final AnalyticsTables tables;

    public HeatmapService(DSLContext dsl, MeasureCatalog measures, ReadAccess access, AnalyticsTables tables) {
        this.dsl = Inlined.of(dsl);
        this.tables = tables;
        this.access = access;
        this.measures = measures;
    }

    /**
     * @param provinceSlug null for every province (read by the boundary)
     * @param agencyKind   null for every kind
     */
    public Heatmap heatmap(String measureId, PeriodRange range, String provinceSlug, String agencyKind, Boundary boundary) {
        return tables.cached(access, "heatmap.heatmap",
                () -> heatmapComputed(measureId, range, provinceSlug, agencyKind, boundary), measureId, range, provinceSlug, agencyKind, boundary);
    }

    private Heatmap heatmapComputed(String measureId, PeriodRange range, String provinceSlug, String agencyKind, Boundary boundary) {
        Measure m = measures.get(measureId);
        List<String> periods = range.periods();
        Condition c = condition(periods, provinceSlug, agencyKind, boundary);
        Map<String, AgencyOption> rows = UnitRows.fold(rowsQuery(c, boundary).fetch());
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

    static Condition condition(List<String> periods, String provinceSlug, String agencyKind, Boundary boundary) {
        return FigureQuery.periods(periods).and(AR.AGENCY_ID.isNotNull())
                .and(FigureQuery.within(boundary, provinceSlug, agencyKind));
    }

    /** Every agency with a report in the range, with its unit (see {@link UnitRows}). */
    ResultQuery<? extends Record> rowsQuery(Condition c, Boundary boundary) {
        return UnitRows.query(dsl, access, c, boundary);
    }

    ResultQuery<Record> cellsQuery(Measure m, Condition c, Boundary boundary) {
        return FigureQuery.of(dsl, access, m, List.of(ContinuingUnit.key(AR, boundary)), c);
    }
}
