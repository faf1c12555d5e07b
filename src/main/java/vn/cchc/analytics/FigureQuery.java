package vn.cchc.analytics;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.nullif;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static vn.cchc.warehouse.jooq.Tables.AGENCY_LINEAGE;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_RATIO;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_REPORT;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_VALUE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.Table;
import vn.cchc.warehouse.jooq.tables.AnalyticsRatio;
import vn.cchc.warehouse.jooq.tables.AnalyticsReport;
import vn.cchc.warehouse.jooq.tables.AnalyticsValue;

/**
 * The one query behind every figure: a measure over a set of current reports, grouped by caller
 * keys and period. Per report it reads a rate's stored parts ({@link RatioComponents}) or a plain
 * indicator's number, then aggregates: Σ numerators / Σ denominators over the reports that give
 * both counts of a pair (a report with only the rate is counted apart), or sum / count / mean of a
 * plain indicator. All in DuckDB, so that a chart's answer is a few rows, not the warehouse.
 *
 * <p>Result columns: {@code k0…kn} (the keys), {@code period_code}, and for a rate {@code num, den,
 * reports, units, rate_only, rate_mean, rate_units}, for a plain indicator {@code total, n, units,
 * mean, any_value}.
 */
final class FigureQuery {

    static final AnalyticsReport AR = ANALYTICS_REPORT;
    /** The current reports' numbers in indicator order (sql/V8, kept fresh by {@link AnalyticsTables}). */
    static final AnalyticsValue V = ANALYTICS_VALUE;
    /** The rates' parts per current report (sql/V12, kept fresh by {@link AnalyticsTables}). */
    static final AnalyticsRatio R = ANALYTICS_RATIO;

    private FigureQuery() {
    }

    /** Over the reports the reader may see ({@link ReadAccess#reports}) and {@code where}: no figure without the scope. */
    static ResultQuery<Record> of(DSLContext dsl, ReadAccess access, Measure m, List<? extends Field<?>> keys,
                                  Condition where) {
        return over(dsl, m, keys, where.and(access.reports()));
    }

    /**
     * The one figure computed beyond the reader's scope: the whole country's, for a scoped reader when
     * the national benchmark is on ({@link AccessScope#seesNationalFigure}); nothing otherwise. One
     * figure, never broken down by province.
     */
    static ResultQuery<Record> nationalBenchmark(DSLContext dsl, ReadAccess access, Measure m, String period) {
        Condition allowed = access.scope().seesNationalFigure() ? noCondition() : falseCondition();
        return over(dsl, m, List.of(), allowed.and(scope(Scope.country(), Boundary.NEW_34)).and(AR.PERIOD_CODE.eq(period)));
    }

    private static ResultQuery<Record> over(DSLContext dsl, Measure m, List<? extends Field<?>> keys, Condition where) {
        Table<?> t = m.isRatio() ? perReportParts(dsl, m, keys, where) : perReportValue(dsl, m, keys, where);

        // Per agency first, then per key and period: the units are the agencies with a row that counts, so
        // no count(DISTINCT …) is needed (DuckDB plans each distinct aggregate as a pipeline of its own
        // with a join back, several times the work of two plain groupings; sums and counts add up alike).
        List<SelectField<?>> mid = new ArrayList<>();
        List<Field<?>> midGroup = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            mid.add(t.field("k" + i));
            midGroup.add(t.field("k" + i));
        }
        Field<String> period = t.field(AR.PERIOD_CODE.getName(), String.class);
        Field<Long> agency = t.field(AR.AGENCY_ID.getName(), Long.class);
        mid.add(period);
        mid.add(agency);
        midGroup.add(period);
        midGroup.add(agency);
        if (m.isRatio()) {
            // A report's num and den are there when it gives a complete pair, its rate only when it gives none (sql/V12).
            Field<Double> num = t.field(R.NUM.getName(), Double.class);
            Field<Double> rate = t.field(R.RATE.getName(), Double.class);
            mid.add(sum(num).as("num"));
            mid.add(sum(t.field(R.DEN.getName(), Double.class)).as("den"));
            mid.add(count(num).as("reports"));
            mid.add(count(rate).as("rate_only"));
            mid.add(sum(rate).as("rate_sum"));
            mid.add(count(rate).as("rate_n"));
        } else {
            Field<Double> x = t.field("v0", Double.class);
            mid.add(sum(x).as("total"));
            mid.add(count(x).as("n"));
            mid.add(max(x).as("any_value"));
        }
        Table<?> a = dsl.select(mid).from(t).groupBy(midGroup).asTable("per_agency");

        List<SelectField<?>> outer = new ArrayList<>();
        List<Field<?>> outerGroup = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            outer.add(a.field("k" + i));
            outerGroup.add(a.field("k" + i));
        }
        Field<String> periodOf = a.field(AR.PERIOD_CODE.getName(), String.class);
        // A report without a detected agency counts among the reports, not as a unit (count(DISTINCT) skipped NULL).
        Condition unit = a.field(AR.AGENCY_ID.getName(), Long.class).isNotNull();
        outer.add(periodOf);
        outerGroup.add(periodOf);
        if (m.isRatio()) {
            Field<Long> reports = a.field("reports", Long.class);
            Field<Long> rateOnly = a.field("rate_only", Long.class);
            outer.add(sum(a.field("num", Double.class)).as("num"));
            outer.add(sum(a.field("den", Double.class)).as("den"));
            outer.add(sum(reports).cast(Long.class).as("reports"));
            outer.add(count().filterWhere(reports.gt(inline(0L)).and(unit)).as("units"));
            outer.add(sum(rateOnly).cast(Long.class).as("rate_only"));
            outer.add(sum(a.field("rate_sum", Double.class)).div(nullif(sum(a.field("rate_n", Long.class)), inline(BigDecimal.ZERO))
                    .cast(Double.class)).as("rate_mean"));
            outer.add(count().filterWhere(rateOnly.gt(inline(0L)).and(unit)).as("rate_units"));
        } else {
            Field<Long> n = a.field("n", Long.class);
            Field<Double> total = a.field("total", Double.class);
            outer.add(sum(total).as("total"));
            outer.add(sum(n).cast(Long.class).as("n"));
            outer.add(count().filterWhere(n.gt(inline(0L)).and(unit)).as("units"));
            outer.add(sum(total).div(nullif(sum(n), inline(BigDecimal.ZERO)).cast(Double.class)).as("mean"));
            outer.add(max(a.field("any_value", Double.class)).as("any_value"));
        }
        return dsl.select(outer).from(a).groupBy(outerGroup);
    }

    /** A rate's stored parts (sql/V12) of each report: one row per report that gives something of the measure. */
    private static Table<?> perReportParts(DSLContext dsl, Measure m, List<? extends Field<?>> keys, Condition where) {
        List<SelectField<?>> inner = new ArrayList<>(List.of(AR.REPORT_ID, AR.AGENCY_ID, AR.PERIOD_CODE));
        for (int i = 0; i < keys.size(); i++) {
            inner.add(keys.get(i).as("k" + i));
        }
        inner.addAll(List.of(R.NUM, R.DEN, R.RATE));
        return dsl.select(inner).from(AR).join(R).on(R.REPORT_ID.eq(AR.REPORT_ID))
                .where(where.and(R.MEASURE_ID.eq(m.id()))).asTable("per_report");
    }

    /** A plain indicator's number of each report that gives it (column v0). */
    private static Table<?> perReportValue(DSLContext dsl, Measure m, List<? extends Field<?>> keys, Condition where) {
        List<SelectField<?>> inner = new ArrayList<>(List.of(AR.REPORT_ID, AR.AGENCY_ID, AR.PERIOD_CODE));
        List<Field<?>> innerGroup = new ArrayList<>(List.of(AR.REPORT_ID, AR.AGENCY_ID, AR.PERIOD_CODE));
        for (int i = 0; i < keys.size(); i++) {
            inner.add(keys.get(i).as("k" + i));
            innerGroup.add(keys.get(i));
        }
        inner.add(max(V.NUMBER).as("v0"));
        return dsl.select(inner).from(AR).join(V).on(V.REPORT_ID.eq(AR.REPORT_ID))
                .where(where.and(V.INDICATOR_ID.eq(m.id()))).groupBy(innerGroup).asTable("per_report");
    }

    /** The figure of one result row of {@link #of}. */
    static Figure figure(Record r, Measure m) {
        if (m.isRatio()) {
            int reports = integer(r, "reports");
            int rateOnly = integer(r, "rate_only");
            if (reports > 0) {
                double num = decimal(r, "num");
                double den = decimal(r, "den");
                Double value = den > 0 ? 100 * num / den : null;
                return new Figure(value, value == null ? Basis.NOT_REPORTED : Basis.RATIO_OF_SUMS, integer(r, "units"),
                        reports, num, den, rateOnly);
            }
            if (rateOnly > 0) {
                return new Figure(decimal(r, "rate_mean"), rateOnly == 1 ? Basis.REPORTED : Basis.MEAN_OF_REPORTED_RATES,
                        integer(r, "rate_units"), rateOnly, null, null, rateOnly);
            }
            return Figure.NONE;
        }
        int n = integer(r, "n");
        if (n == 0) {
            return Figure.NONE;
        }
        int units = integer(r, "units");
        if (n == 1) {
            return new Figure(decimal(r, "any_value"), Basis.REPORTED, units, 1, null, null, 0);
        }
        return switch (m.kind()) {
            case COUNT, MONEY -> new Figure(decimal(r, "total"), Basis.SUM, units, n, null, null, 0);
            case PERCENT -> new Figure(decimal(r, "mean"), Basis.MEAN_OF_REPORTED_RATES, units, n, null, null, n);
            case CODED, TEXT -> new Figure(null, Basis.NOT_AGGREGABLE, units, n, null, null, 0);
        };
    }

    /** The reports of a scope (see {@link Scope}). */
    static Condition scope(Scope s, Boundary b) {
        if (s.agencyId() != null && b == Boundary.NEW_34) {
            // Under the 34, the agency's unit: its history before the merger, under its old province, too.
            return ContinuingUnit.sameUnit(AR, s.agencyId(), b);
        }
        if (s.agencyId() != null) {
            // An agency's history follows it through the 2025 department mergers (agency_lineage).
            return AR.AGENCY_ID.eq(s.agencyId()).or(AR.AGENCY_ID.in(select(AGENCY_LINEAGE.AGENCY_ID)
                    .from(AGENCY_LINEAGE).where(AGENCY_LINEAGE.SUCCESSOR_ID.eq(s.agencyId()))));
        }
        Condition c = feeding(s.agencyKind());
        return s.provinceSlug() == null ? c : c.and(province(b).eq(s.provinceSlug()));
    }

    /** The reports a figure is made of: the ones that feed their province's figure, or the agencies of one kind. */
    private static Condition feeding(String agencyKind) {
        return agencyKind == null ? AR.FEEDS_PROVINCE.isTrue() : AR.AGENCY_KIND.eq(agencyKind);
    }

    /** The reports of a province (named under the boundary) and of a kind of agency, each only when given. */
    static Condition within(Boundary b, String provinceSlug, String agencyKind) {
        Condition c = provinceSlug == null ? noCondition() : province(b).eq(provinceSlug);
        return agencyKind == null ? c : c.and(AR.AGENCY_KIND.eq(agencyKind));
    }

    /**
     * The reports that make each province's figure (the aggregates, see {@link #scope}), or its
     * agencies of one kind; only reports whose province the boundary names.
     */
    static Condition provinceReports(Boundary b, String agencyKind) {
        return feeding(agencyKind).and(province(b).isNotNull());
    }

    /** A measure per province of the boundary and period (key column k0: the province slug). */
    static ResultQuery<Record> perProvince(DSLContext dsl, ReadAccess access, Measure m, Boundary b, String agencyKind,
                                           Condition where) {
        return of(dsl, access, m, List.of(province(b)), provinceReports(b, agencyKind).and(where));
    }

    static Field<String> province(Boundary b) {
        return b == Boundary.NEW_34 ? AR.PROVINCE_NEW : AR.PROVINCE_OLD;
    }

    static Condition periods(Collection<String> codes) {
        return AR.PERIOD_CODE.in(codes);
    }

    private static int integer(Record r, String name) {
        Number n = (Number) r.get(name);
        return n == null ? 0 : n.intValue();
    }

    private static Double decimal(Record r, String name) {
        Object o = r.get(name);
        if (o == null) {
            return null;
        }
        return o instanceof BigDecimal b ? b.doubleValue() : ((Number) o).doubleValue();
    }
}
