package vn.cchc.analytics;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.nullif;
import static org.jooq.impl.DSL.when;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_RATIO;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_VALUE;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.Table;

/**
 * The parts of each rate measure per current report, stored in analytics_ratio (sql/V12) by
 * {@link AnalyticsTables}: the Σ numerators and Σ denominators of the count pairs a report gives both
 * counts of, else the mean of the rates it reports (DOMAIN §6). {@link FigureQuery} sums these per
 * agency, key and period instead of pivoting every report's numbers on each call.
 */
final class RatioComponents {

    private RatioComponents() {
    }

    /** The rate measures of the catalog: the ones whose parts are stored. */
    static List<Measure> measures(MeasureCatalog catalog) {
        return catalog.all().stream().filter(Measure::isRatio).toList();
    }

    /** What the stored parts were built from: a changed definition means a rebuild (see analytics_stamp.ratios). */
    static String fingerprint(List<Measure> ratios) {
        StringBuilder s = new StringBuilder();
        for (Measure m : ratios) {
            s.append(m.id()).append(m.parts()).append(m.reportedRates()).append(';');
        }
        return Integer.toHexString(s.toString().hashCode()) + ":" + ratios.size();
    }

    /** Writes the parts of every rate measure for the current reports whose numbers meet {@code reports}, measure by measure. */
    static void insert(DSLContext t, List<Measure> ratios, Condition reports) {
        for (Measure m : ratios) {
            insert(t, m, reports);
        }
    }

    private static void insert(DSLContext t, Measure m, Condition reports) {
        List<String> ids = m.indicatorIds();
        List<SelectField<?>> pivot = new ArrayList<>(List.of(ANALYTICS_VALUE.REPORT_ID));
        for (int j = 0; j < ids.size(); j++) {
            pivot.add(max(ANALYTICS_VALUE.NUMBER).filterWhere(ANALYTICS_VALUE.INDICATOR_ID.eq(ids.get(j))).as("v" + j));
        }
        Table<?> p = t.select(pivot).from(ANALYTICS_VALUE).where(reports.and(ANALYTICS_VALUE.INDICATOR_ID.in(ids)))
                .groupBy(ANALYTICS_VALUE.REPORT_ID).asTable("per_report");

        Condition any = falseCondition();
        Field<Double> num = inline(0.0);
        Field<Double> den = inline(0.0);
        for (RatioPart part : m.parts()) {
            Field<Double> n = value(p, ids, part.numerator());
            Field<Double> d = value(p, ids, part.denominator());
            Condition complete = n.isNotNull().and(d.isNotNull());
            any = any.or(complete);
            num = num.plus(when(complete, n).otherwise(inline(0.0)));
            den = den.plus(when(complete, d).otherwise(inline(0.0)));
        }
        Field<Double> rateSum = inline(0.0);
        Field<Integer> rateCount = inline(0);
        for (String r : m.reportedRates()) {
            Field<Double> v = value(p, ids, r);
            rateSum = rateSum.plus(coalesce(v, inline(0.0)));
            rateCount = rateCount.plus(when(v.isNotNull(), inline(1)).otherwise(inline(0)));
        }
        // Only when no pair is complete: a report that gives the counts is counted by them, never twice.
        Condition rateOnly = m.reportedRates().isEmpty() ? falseCondition() : any.not().and(rateCount.gt(inline(0)));
        Field<Double> rate = rateSum.div(nullif(rateCount, inline(0)).cast(Double.class));
        Field<Long> reportId = p.field(ANALYTICS_VALUE.REPORT_ID.getName(), Long.class);
        t.insertInto(ANALYTICS_RATIO, ANALYTICS_RATIO.REPORT_ID, ANALYTICS_RATIO.MEASURE_ID, ANALYTICS_RATIO.NUM,
                        ANALYTICS_RATIO.DEN, ANALYTICS_RATIO.RATE)
                .select(t.select(reportId, inline(m.id()), when(any, num), when(any, den), when(rateOnly, rate))
                        .from(p).where(any.or(rateOnly)).orderBy(reportId))
                .execute();
    }

    private static Field<Double> value(Table<?> t, List<String> ids, String id) {
        return t.field("v" + ids.indexOf(id), Double.class);
    }
}
