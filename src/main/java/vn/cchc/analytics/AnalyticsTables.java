package vn.cchc.analytics;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.currentLocalDateTime;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_RATIO;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_REPORT;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_REPORT_SOURCE;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_STAMP;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_VALUE;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_RETRACTION;
import static vn.cchc.warehouse.jooq.Tables.REPORT_SUPERSESSION;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.util.List;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.Record4;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's derived tables (sql/V8, V11, V12) in step with the warehouse, in one transaction,
 * whenever reports were added, superseded or retracted since they were built: at start, after each
 * load, and whenever the periods are asked for (every view asks first). The check is one small query.
 * A few reports come and go by a step (only their rows); many, or a first build, rebuild everything
 * in indicator order (about a second for a national history). Code that loads reports and
 * then queries in the same process without going through the periods calls {@link #ensureFresh}.
 */
@Component
public class AnalyticsTables implements InitializingBean {

    /** A step of at most a tenth of the built reports is applied as it is; a larger one rebuilds all. */
    static final int SMALL_STEP_DIVISOR = 10;
    /** A step rewrites the report rows of each (province, period) group it touches, named one by one. */
    static final int MOST_GROUPS_IN_A_STEP = 500;

    private final DSLContext dsl;
    /** Moves whenever the tables are stepped or rebuilt: the answers of {@link #cache} belong to one generation. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    /** The views' answers of the current generation (see {@link ViewCache}); off for {@link #uncached} keepers. */
    private final ViewCache cache;
    /** The warehouse is open read-only (cchc.warehouse.read-only): stale tables cannot be rebuilt, only refused. */
    private final boolean readOnly;
    /** The rate measures whose parts analytics_ratio holds (sql/V12), read from the catalog at the first check. */
    private List<Measure> ratios;
    private String ratiosFingerprint;

    public AnalyticsTables(DSLContext dsl) {
        this(dsl, false);
    }

    private AnalyticsTables(DSLContext dsl, boolean readOnly, ViewCache cache) {
        this.dsl = dsl;
        this.readOnly = readOnly;
        this.cache = cache;
    }

    /** A keeper whose views compute every answer afresh: for the query benchmark's "computed" figures. */
    static AnalyticsTables uncached(DSLContext dsl) {
        return new AnalyticsTables(dsl, false, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public AnalyticsTables(DSLContext dsl, @org.springframework.beans.factory.annotation.Value("${cchc.warehouse.read-only:false}") boolean readOnly) {
        this(dsl, readOnly, new ViewCache());
    }

    /** How many times the tables were stepped or rebuilt by this keeper. */
    long generation() {
        return generation.get();
    }

    /**
     * A view's answer for the reader's scope, computed at most once per generation of the tables
     * ({@link ViewCache}). The caller's arguments and scope are the whole key: a call whose answer
     * depends on anything else must not come through here.
     */
    <T> T cached(ReadAccess access, String call, Supplier<T> compute, Object... args) {
        return cache == null ? compute.get() : cache.get(generation.get(), access.scope(), call, args, compute);
    }

    /** At start: the warehouse may have been loaded (or built from the sample) since the last run. */
    @Override
    public void afterPropertiesSet() {
        ensureFresh();
    }

    /** What {@link #ensureFresh} did. */
    public enum Refresh { NONE, STEP, REBUILD }

    /** Brings the tables up to date if the warehouse has moved on since they were built. */
    public synchronized Refresh ensureFresh() {
        Record4<Integer, Long, Integer, Integer> now = dsl.select(count(), max(REPORT.ID),
                        dsl.selectCount().from(REPORT_SUPERSESSION).<Integer>asField(),
                        dsl.selectCount().from(REPORT_RETRACTION).<Integer>asField())
                .from(REPORT).fetchSingle();
        long reports = now.value1();
        long maxReport = now.value2() == null ? 0 : now.value2();
        long superseded = now.value3();
        long retracted = now.value4();
        if (ratios == null) {
            ratios = RatioComponents.measures(new MeasureCatalog(dsl));
            ratiosFingerprint = RatioComponents.fingerprint(ratios);
        }
        boolean fresh = dsl.fetchExists(dsl.selectOne().from(ANALYTICS_STAMP).where(ANALYTICS_STAMP.REPORTS.eq(reports)
                .and(ANALYTICS_STAMP.MAX_REPORT.eq(maxReport)).and(ANALYTICS_STAMP.SUPERSEDED.eq(superseded))
                .and(ANALYTICS_STAMP.RETRACTED.eq(retracted)).and(ANALYTICS_STAMP.RATIOS.eq(ratiosFingerprint))));
        if (!fresh && readOnly) {
            // Nobody can write while this app holds the file read-only: stale now means stale for good.
            throw new vn.cchc.warehouse.WarehouseException("the dashboard's tables in the warehouse are not up to date with its reports; "
                    + "read-only, they cannot be rebuilt: open it once without the read-only setting (or run a load on it)", null);
        }
        if (fresh) {
            return Refresh.NONE;
        }
        Refresh done = rebuild(reports, maxReport, superseded, retracted);
        generation.incrementAndGet(); // after the commit: the answers of the earlier generation are never served again
        return done;
    }

    private Refresh rebuild(long reports, long maxReport, long superseded, long retracted) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            var groups = smallStep(t, ratiosFingerprint);
            Refresh done = groups.isPresent() ? Refresh.STEP : Refresh.REBUILD;
            if (groups.isPresent()) {
                step(t, groups.get(), ratios);
            } else {
                rebuildAll(t, ratios);
            }
            t.deleteFrom(ANALYTICS_STAMP).execute();
            t.insertInto(ANALYTICS_STAMP).set(ANALYTICS_STAMP.ID, inline(1)).set(ANALYTICS_STAMP.REPORTS, reports)
                    .set(ANALYTICS_STAMP.MAX_REPORT, maxReport).set(ANALYTICS_STAMP.SUPERSEDED, superseded)
                    .set(ANALYTICS_STAMP.RETRACTED, retracted).set(ANALYTICS_STAMP.RATIOS, ratiosFingerprint)
                    .set(ANALYTICS_STAMP.BUILT_AT, currentLocalDateTime()).execute();
            return done;
        });
    }

    /**
     * The (province, period) groups holding reports that came or went since the tables were built, or
     * empty when a step would not do: no tables yet, tables built with other rate definitions, or more
     * than a tenth of the reports (past that, appended values out of indicator order would cost
     * queries more than a rebuild).
     */
    private static java.util.Optional<List<Record2<String, String>>> smallStep(DSLContext t, String ratiosFingerprint) {
        if (!t.fetchExists(ANALYTICS_STAMP, ANALYTICS_STAMP.RATIOS.eq(ratiosFingerprint))) {
            return java.util.Optional.empty();
        }
        var leaving = t.select(ANALYTICS_REPORT.PROVINCE_SLUG, ANALYTICS_REPORT.PERIOD_CODE).from(ANALYTICS_REPORT)
                .where(notCurrent(t, ANALYTICS_REPORT.REPORT_ID));
        var arriving = t.select(ANALYTICS_REPORT_SOURCE.PROVINCE_SLUG, ANALYTICS_REPORT_SOURCE.PERIOD_CODE)
                .from(ANALYTICS_REPORT_SOURCE).where(arriving(t));
        int built = t.fetchCount(ANALYTICS_REPORT);
        if (built == 0 || t.fetchCount(arriving) > built / SMALL_STEP_DIVISOR) {
            return java.util.Optional.empty();
        }
        List<Record2<String, String>> groups = leaving.union(arriving).fetch();
        return groups.size() > MOST_GROUPS_IN_A_STEP ? java.util.Optional.empty() : java.util.Optional.of(groups);
    }

    private static Condition arriving(DSLContext t) {
        return ANALYTICS_REPORT_SOURCE.REPORT_ID.notIn(t.select(ANALYTICS_REPORT.REPORT_ID).from(ANALYTICS_REPORT));
    }

    /**
     * Only what changed: the values (and rate parts) of reports no longer current leave, those of
     * newly current ones (loaded, or current again after a retraction) come in; the report rows of
     * every (province, period) group one of them belongs to are written again, as whether a report
     * feeds the province's figure depends on the other reports of its group.
     */
    private static void step(DSLContext t, List<Record2<String, String>> groups, List<Measure> ratios) {
        t.deleteFrom(ANALYTICS_VALUE).where(notCurrent(t, ANALYTICS_VALUE.REPORT_ID)).execute();
        t.deleteFrom(ANALYTICS_RATIO).where(notCurrent(t, ANALYTICS_RATIO.REPORT_ID)).execute();
        insertValues(t, arriving(t));
        // Before the report rows are written again: "arriving" is "not among them yet".
        RatioComponents.insert(t, ratios, ANALYTICS_VALUE.REPORT_ID.in(
                t.select(ANALYTICS_REPORT_SOURCE.REPORT_ID).from(ANALYTICS_REPORT_SOURCE).where(arriving(t))));
        t.deleteFrom(ANALYTICS_REPORT).where(notCurrent(t, ANALYTICS_REPORT.REPORT_ID))
                .or(inGroups(groups, ANALYTICS_REPORT.PROVINCE_SLUG, ANALYTICS_REPORT.PERIOD_CODE)).execute();
        t.insertInto(ANALYTICS_REPORT).select(t.selectFrom(ANALYTICS_REPORT_SOURCE)
                .where(inGroups(groups, ANALYTICS_REPORT_SOURCE.PROVINCE_SLUG, ANALYTICS_REPORT_SOURCE.PERIOD_CODE))).execute();
    }

    private static Condition notCurrent(DSLContext t, Field<Long> reportId) {
        return reportId.notIn(t.select(ANALYTICS_REPORT_SOURCE.REPORT_ID).from(ANALYTICS_REPORT_SOURCE));
    }

    /**
     * The numbers of the current reports meeting {@code which}, in indicator order: a chart reads a
     * handful of indicators, and DuckDB then skips the rest.
     */
    private static void insertValues(DSLContext t, Condition which) {
        t.insertInto(ANALYTICS_VALUE, ANALYTICS_VALUE.REPORT_ID, ANALYTICS_VALUE.INDICATOR_ID, ANALYTICS_VALUE.NUMBER)
                .select(t.select(REPORT_VALUE.REPORT_ID, REPORT_VALUE.INDICATOR_ID, REPORT_VALUE.NUMBER)
                        .from(REPORT_VALUE).join(ANALYTICS_REPORT_SOURCE)
                        .on(ANALYTICS_REPORT_SOURCE.REPORT_ID.eq(REPORT_VALUE.REPORT_ID))
                        .where(which).and(REPORT_VALUE.NUMBER.isNotNull()).and(REPORT_VALUE.INDICATOR_ID.isNotNull())
                        .orderBy(REPORT_VALUE.INDICATOR_ID, ANALYTICS_REPORT_SOURCE.PERIOD_CODE, REPORT_VALUE.REPORT_ID))
                .execute();
    }

    /** In one of the groups; a report without a province or period is in the group of the missing one. */
    private static Condition inGroups(List<Record2<String, String>> groups, Field<String> province, Field<String> period) {
        return DSL.or(groups.stream().map(g -> province.isNotDistinctFrom(g.value1()).and(period.isNotDistinctFrom(g.value2())))
                .toList());
    }

    private static void rebuildAll(DSLContext t, List<Measure> ratios) {
        t.deleteFrom(ANALYTICS_VALUE).execute();
        t.deleteFrom(ANALYTICS_RATIO).execute();
        t.deleteFrom(ANALYTICS_REPORT).execute();
        t.insertInto(ANALYTICS_REPORT).select(t.selectFrom(ANALYTICS_REPORT_SOURCE)).execute();
        insertValues(t, DSL.noCondition());
        RatioComponents.insert(t, ratios, DSL.noCondition());
    }
}
