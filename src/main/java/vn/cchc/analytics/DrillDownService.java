package vn.cchc.analytics;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.FINDING;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.springframework.stereotype.Service;
import vn.cchc.warehouse.jooq.tables.AnalyticsReport;

/**
 * Country → province → agency → report → the report's values with their source lines and its
 * findings. A province row's figure is the province's (its aggregate report, see {@link Scope});
 * the agency rows of a province are every agency with a current report in the period, the UBND
 * tỉnh aggregate among them, each with its own figure — they are not meant to be added up.
 */
@Service
public class DrillDownService {

    private static final AnalyticsReport AR = FigureQuery.AR;

    private final DSLContext dsl;
    private final MeasureCatalog measures;
    private final FilterOptionsService options;
    private final ReadAccess access;

    public DrillDownService(DSLContext dsl, MeasureCatalog measures, FilterOptionsService options, ReadAccess access) {
        this.dsl = Inlined.of(dsl);
        this.access = access;
        this.measures = measures;
        this.options = options;
    }

    /** The country and each province of the boundary (under NEW_34 before the merger: ratio of sums over the members). */
    public DrillLevel country(String measureId, String period, Boundary boundary) {
        return options.tables().cached(access, "drillDown.country",
                () -> countryComputed(measureId, period, boundary), measureId, period, boundary);
    }

    private DrillLevel countryComputed(String measureId, String period, Boundary boundary) {
        Measure m = measures.get(measureId);
        Figure total = single(totalQuery(m, Scope.country(), period, boundary).fetch(), m);
        Map<String, Figure> figures = RankingService.byKey(provinceFigures(m, period, boundary).fetch(), m)
                .getOrDefault(period, Map.of());
        Map<String, int[]> counts = counts(provinceCounts(period, boundary).fetch());
        List<DrillRow> children = new ArrayList<>();
        int reports = 0;
        int findings = 0;
        for (ProvinceOption p : options.provinces(boundary)) {
            int[] c = counts.getOrDefault(p.slug(), new int[2]);
            reports += c[0];
            findings += c[1];
            children.add(new DrillRow(Scope.province(p.slug()), p.slug(), p.name(), null,
                    figures.getOrDefault(p.slug(), Figure.NONE), c[0], c[1]));
        }
        return new DrillLevel(m, period, boundary, new DrillRow(Scope.country(), "", "", null, total, reports, findings),
                children);
    }

    /** A province and each of its agencies with a current report in the period. */
    public DrillLevel province(String measureId, String period, String provinceSlug, Boundary boundary) {
        return options.tables().cached(access, "drillDown.province",
                () -> provinceComputed(measureId, period, provinceSlug, boundary), measureId, period, provinceSlug, boundary);
    }

    private DrillLevel provinceComputed(String measureId, String period, String provinceSlug, Boundary boundary) {
        Measure m = measures.get(measureId);
        Scope scope = Scope.province(provinceSlug);
        Figure total = single(totalQuery(m, scope, period, boundary).fetch(), m);
        Map<String, Figure> figures = RankingService.byKey(agencyFigures(m, period, provinceSlug, boundary).fetch(), m)
                .getOrDefault(period, Map.of());
        List<DrillRow> children = new ArrayList<>();
        int reports = 0;
        int findings = 0;
        for (Record a : agencyCounts(period, provinceSlug, boundary).fetch()) {
            long id = a.get(AR.AGENCY_ID);
            int r = a.get("reports", Integer.class);
            int f = a.get("findings", Integer.class);
            reports += r;
            findings += f;
            children.add(new DrillRow(Scope.agency(id), String.valueOf(id), a.get(AR.AGENCY_NAME), a.get(AR.AGENCY_KIND),
                    figures.getOrDefault(String.valueOf(id), Figure.NONE), r, f));
        }
        String name = options.provinceNames().getOrDefault(provinceSlug, provinceSlug);
        return new DrillLevel(m, period, boundary, new DrillRow(scope, provinceSlug, name, null, total, reports, findings),
                children);
    }

    /** An agency's current reports, latest period first. */
    public List<ReportRow> reports(long agencyId) {
        return options.tables().cached(access, "drillDown.reports",
                () -> ViewCache.frozen(reportsComputed(agencyId)), agencyId);
    }

    private List<ReportRow> reportsComputed(long agencyId) {
        return reportRows(REPORT.AGENCY_ID.eq(agencyId).and(REPORT.ID.in(dsl.select(AR.REPORT_ID).from(AR))));
    }

    /** One report (current or superseded) with its values in table order and its findings; empty if no such report. */
    public Optional<ReportDetail> report(long reportId) {
        return options.tables().cached(access, "drillDown.report", () -> reportComputed(reportId), reportId);
    }

    private Optional<ReportDetail> reportComputed(long reportId) {
        List<ReportRow> rows = reportRows(REPORT.ID.eq(reportId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        ReportRow report = rows.getFirst();
        List<ReportValueRow> values = valuesQuery(reportId).fetch(r -> new ReportValueRow(r.get(REPORT_VALUE.ORDINAL),
                r.get(REPORT_VALUE.INDICATOR_ID), r.get(INDICATOR.NAME_VI), r.get(INDICATOR.NAME_EN), r.get(INDICATOR.UNIT),
                r.get(REPORT_VALUE.NUMBER), r.get(REPORT_VALUE.RAW), r.get(REPORT_VALUE.TEXT_VALUE),
                r.get(REPORT_VALUE.NUMERATOR), r.get(REPORT_VALUE.DENOMINATOR), r.get(REPORT_VALUE.QUALIFIER),
                r.get(REPORT_VALUE.NOTE), r.get(REPORT_VALUE.ITEM_CODE), r.get(REPORT_VALUE.LABEL_RAW), report.fileName(),
                r.get(REPORT_VALUE.SOURCE_LINE)));
        List<FindingRow> findings = findingsQuery(reportId).fetch(r -> new FindingRow(r.get(FINDING.ID), r.get(FINDING.RULE),
                r.get(FINDING.SEVERITY), r.get(FINDING.MESSAGE), r.get(FINDING.SOURCE_LINE), r.get(FINDING.VALUE_ORDINAL),
                r.get(REPORT_VALUE.INDICATOR_ID)));
        return Optional.of(new ReportDetail(report, values, findings));
    }

    private List<ReportRow> reportRows(Condition c) {
        return reportsQuery(c).fetch(r -> new ReportRow(r.get(REPORT.ID), r.get(REPORT.FILE_NAME), r.get(REPORT.PERIOD_CODE),
                r.get(REPORT.TEMPLATE), r.get(REPORT.DOC_NUMBER), r.get(REPORT.DOC_DATE), r.get(AGENCY.ID) == null ? 0
                : r.get(AGENCY.ID), r.get(AGENCY.NAME), r.get(REPORT.PROVINCE_SLUG), r.get("values", Integer.class),
                r.get("findings", Integer.class)));
    }

    ResultQuery<? extends Record> reportsQuery(Condition c) {
        return dsl.select(REPORT.ID, REPORT.FILE_NAME, REPORT.PERIOD_CODE, REPORT.TEMPLATE, REPORT.DOC_NUMBER,
                        REPORT.DOC_DATE, AGENCY.ID, AGENCY.NAME, REPORT.PROVINCE_SLUG,
                        dsl.selectCount().from(REPORT_VALUE).where(REPORT_VALUE.REPORT_ID.eq(REPORT.ID)).<Integer>asField("values"),
                        dsl.selectCount().from(FINDING).where(FINDING.REPORT_ID.eq(REPORT.ID)).<Integer>asField("findings"))
                .from(REPORT).leftJoin(AGENCY).on(AGENCY.ID.eq(REPORT.AGENCY_ID))
                .where(c.and(access.province(REPORT.PROVINCE_SLUG)))
                .orderBy(REPORT.PERIOD_CODE.desc(), REPORT.ID.desc());
    }

    ResultQuery<? extends Record> valuesQuery(long reportId) {
        return dsl.select(REPORT_VALUE.ORDINAL, REPORT_VALUE.INDICATOR_ID, INDICATOR.NAME_VI, INDICATOR.NAME_EN, INDICATOR.UNIT,
                        REPORT_VALUE.NUMBER, REPORT_VALUE.RAW, REPORT_VALUE.TEXT_VALUE, REPORT_VALUE.NUMERATOR,
                        REPORT_VALUE.DENOMINATOR, REPORT_VALUE.QUALIFIER, REPORT_VALUE.NOTE, REPORT_VALUE.ITEM_CODE,
                        REPORT_VALUE.LABEL_RAW, REPORT_VALUE.SOURCE_LINE)
                .from(REPORT_VALUE).leftJoin(INDICATOR).on(INDICATOR.ID.eq(REPORT_VALUE.INDICATOR_ID))
                .where(REPORT_VALUE.REPORT_ID.eq(reportId).and(access.report(REPORT_VALUE.REPORT_ID))).orderBy(REPORT_VALUE.ORDINAL);
    }

    ResultQuery<? extends Record> findingsQuery(long reportId) {
        return dsl.select(FINDING.ID, FINDING.RULE, FINDING.SEVERITY, FINDING.MESSAGE, FINDING.SOURCE_LINE,
                        FINDING.VALUE_ORDINAL, REPORT_VALUE.INDICATOR_ID)
                .from(FINDING).leftJoin(REPORT_VALUE).on(REPORT_VALUE.REPORT_ID.eq(FINDING.REPORT_ID)
                        .and(REPORT_VALUE.ORDINAL.eq(FINDING.VALUE_ORDINAL)))
                .where(FINDING.REPORT_ID.eq(reportId).and(access.report(FINDING.REPORT_ID))).orderBy(FINDING.ID);
    }


    ResultQuery<Record> totalQuery(Measure m, Scope scope, String period, Boundary boundary) {
        return FigureQuery.of(dsl, access, m, List.of(), FigureQuery.scope(scope, boundary).and(AR.PERIOD_CODE.eq(period)));
    }

    ResultQuery<Record> provinceFigures(Measure m, String period, Boundary boundary) {
        return FigureQuery.perProvince(dsl, access, m, boundary, null, AR.PERIOD_CODE.eq(period));
    }

    ResultQuery<Record> agencyFigures(Measure m, String period, String provinceSlug, Boundary boundary) {
        return FigureQuery.of(dsl, access, m, List.of(AR.AGENCY_ID.cast(String.class)),
                FigureQuery.province(boundary).eq(provinceSlug).and(AR.PERIOD_CODE.eq(period)));
    }

    /** Reports and findings per province in the period, every kind of agency. */
    ResultQuery<? extends Record> provinceCounts(String period, Boundary boundary) {
        Field<String> key = FigureQuery.province(boundary);
        return dsl.select(key, countDistinct(AR.REPORT_ID), count(FINDING.ID)).from(AR).leftJoin(FINDING)
                .on(FINDING.REPORT_ID.eq(AR.REPORT_ID)).where(AR.PERIOD_CODE.eq(period).and(key.isNotNull()).and(access.reports()))
                .groupBy(key);
    }

    ResultQuery<? extends Record> agencyCounts(String period, String provinceSlug, Boundary boundary) {
        return dsl.select(AR.AGENCY_ID, AR.AGENCY_NAME, AR.AGENCY_KIND, countDistinct(AR.REPORT_ID).as("reports"),
                        count(FINDING.ID).as("findings"))
                .from(AR).leftJoin(FINDING).on(FINDING.REPORT_ID.eq(AR.REPORT_ID))
                .where(AR.PERIOD_CODE.eq(period).and(FigureQuery.province(boundary).eq(provinceSlug)).and(access.reports()))
                .groupBy(AR.AGENCY_ID, AR.AGENCY_NAME, AR.AGENCY_KIND)
                .orderBy(AR.AGENCY_KIND.desc(), NameOrder.of(AR.AGENCY_NAME));
    }

    private static Map<String, int[]> counts(List<? extends Record> rows) {
        Map<String, int[]> map = new HashMap<>();
        for (Record r : rows) {
            map.put(r.get(0, String.class), new int[] {r.get(1, Integer.class), r.get(2, Integer.class)});
        }
        return map;
    }

    static Figure single(List<Record> rows, Measure m) {
        return rows.isEmpty() ? Figure.NONE : FigureQuery.figure(rows.getFirst(), m);
    }
}
