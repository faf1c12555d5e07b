package vn.cchc.analytics;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.currentLocalDateTime;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_REPORT;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_REPORT_SOURCE;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_STAMP;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_VALUE;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_RETRACTION;
import static vn.cchc.warehouse.jooq.Tables.REPORT_SUPERSESSION;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import org.jooq.DSLContext;
import org.jooq.Record4;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's derived tables (sql/V8) in step with the warehouse: rebuilt in one
 * transaction whenever reports were added, superseded or retracted since they were built: at start, and
 * whenever the periods are asked for (every view asks first). The check is one small query; a
 * rebuild after a load of thousands of reports takes about a second. Code that loads reports and
 * then queries in the same process without going through the periods calls {@link #ensureFresh}.
 */
@Component
public class AnalyticsTables implements InitializingBean {

    private final DSLContext dsl;
    /** The warehouse is open read-only (cchc.warehouse.read-only): stale tables cannot be rebuilt, only refused. */
    private final boolean readOnly;

    public AnalyticsTables(DSLContext dsl) {
        this(dsl, false);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public AnalyticsTables(DSLContext dsl, @org.springframework.beans.factory.annotation.Value("${cchc.warehouse.read-only:false}") boolean readOnly) {
        this.dsl = dsl;
        this.readOnly = readOnly;
    }

    /** At start: the warehouse may have been loaded (or built from the sample) since the last run. */
    @Override
    public void afterPropertiesSet() {
        ensureFresh();
    }

    /** Rebuilds the tables if the warehouse has moved on since they were built. */
    public synchronized void ensureFresh() {
        Record4<Integer, Long, Integer, Integer> now = dsl.select(count(), max(REPORT.ID),
                        dsl.selectCount().from(REPORT_SUPERSESSION).<Integer>asField(),
                        dsl.selectCount().from(REPORT_RETRACTION).<Integer>asField())
                .from(REPORT).fetchSingle();
        long reports = now.value1();
        long maxReport = now.value2() == null ? 0 : now.value2();
        long superseded = now.value3();
        long retracted = now.value4();
        boolean fresh = dsl.fetchExists(dsl.selectOne().from(ANALYTICS_STAMP).where(ANALYTICS_STAMP.REPORTS.eq(reports)
                .and(ANALYTICS_STAMP.MAX_REPORT.eq(maxReport)).and(ANALYTICS_STAMP.SUPERSEDED.eq(superseded))
                .and(ANALYTICS_STAMP.RETRACTED.eq(retracted))));
        if (!fresh && readOnly) {
            // Nobody can write while this app holds the file read-only: stale now means stale for good.
            throw new vn.cchc.warehouse.WarehouseException("the dashboard's tables in the warehouse are not up to date with its reports; "
                    + "read-only, they cannot be rebuilt: open it once without the read-only setting (or run a load on it)", null);
        }
        if (!fresh) {
            rebuild(reports, maxReport, superseded, retracted);
        }
    }

    private void rebuild(long reports, long maxReport, long superseded, long retracted) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.deleteFrom(ANALYTICS_VALUE).execute();
            t.deleteFrom(ANALYTICS_REPORT).execute();
            t.insertInto(ANALYTICS_REPORT).select(t.selectFrom(ANALYTICS_REPORT_SOURCE)).execute();
            // In indicator order: a chart reads a handful of indicators, and DuckDB then skips the rest.
            t.insertInto(ANALYTICS_VALUE, ANALYTICS_VALUE.REPORT_ID, ANALYTICS_VALUE.INDICATOR_ID, ANALYTICS_VALUE.NUMBER)
                    .select(t.select(REPORT_VALUE.REPORT_ID, REPORT_VALUE.INDICATOR_ID, REPORT_VALUE.NUMBER)
                            .from(REPORT_VALUE).join(ANALYTICS_REPORT).on(ANALYTICS_REPORT.REPORT_ID.eq(REPORT_VALUE.REPORT_ID))
                            .where(REPORT_VALUE.NUMBER.isNotNull()).and(REPORT_VALUE.INDICATOR_ID.isNotNull())
                            .orderBy(REPORT_VALUE.INDICATOR_ID, ANALYTICS_REPORT.PERIOD_CODE, REPORT_VALUE.REPORT_ID))
                    .execute();
            t.deleteFrom(ANALYTICS_STAMP).execute();
            t.insertInto(ANALYTICS_STAMP).set(ANALYTICS_STAMP.ID, inline(1)).set(ANALYTICS_STAMP.REPORTS, reports)
                    .set(ANALYTICS_STAMP.MAX_REPORT, maxReport).set(ANALYTICS_STAMP.SUPERSEDED, superseded)
                    .set(ANALYTICS_STAMP.RETRACTED, retracted)
                    .set(ANALYTICS_STAMP.BUILT_AT, currentLocalDateTime()).execute();
        });
    }
}
