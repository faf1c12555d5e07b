package vn.cchc.analytics;

import org.jooq.DSLContext;

/**
 * The analytics services wired by hand on one DSLContext under one scope, as Spring wires them in
 * the app: for the command line, which has no application context, and for the app's own work
 * under a scope of its choosing (the start's warm-up, for the whole country).
 */
public record AnalyticsServices(MeasureCatalog measures, FilterOptionsService options, OverviewService overview,
                                RankingService rankings, TrendService trends, OverviewPage overviewPage,
                                WarehouseSummaryService summary, AgencyReportsQuery agencyReports) {

    public static AnalyticsServices on(DSLContext dsl, AccessScopeSource scope) {
        return on(dsl, scope, false);
    }

    /**
     * With tables of their own: the derived tables are brought up to date first (on a warehouse
     * opened read-only they must already be: one clear error otherwise).
     */
    public static AnalyticsServices on(DSLContext dsl, AccessScopeSource scope, boolean readOnly) {
        AnalyticsTables tables = new AnalyticsTables(dsl, readOnly);
        tables.afterPropertiesSet();
        return on(dsl, new MeasureCatalog(dsl), tables, scope);
    }

    /** On tables already kept (the app's): answers go to, and come from, their view cache. */
    public static AnalyticsServices on(DSLContext dsl, MeasureCatalog measures, AnalyticsTables tables,
                                       AccessScopeSource scope) {
        ReadAccess access = new ReadAccess(dsl, scope);
        FilterOptionsService options = new FilterOptionsService(dsl, measures, tables, access);
        OverviewService overview = new OverviewService(dsl, measures, access, tables);
        RankingService rankings = new RankingService(dsl, measures, options, access);
        TrendService trends = new TrendService(dsl, measures, options, access);
        return new AnalyticsServices(measures, options, overview, rankings, trends,
                new OverviewPage(overview, rankings, trends), new WarehouseSummaryService(dsl, access),
                new AgencyReportsQuery(dsl, access));
    }
}
