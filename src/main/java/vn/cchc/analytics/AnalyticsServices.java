package vn.cchc.analytics;

import org.jooq.DSLContext;

/**
 * The analytics services wired by hand on one DSLContext, as Spring wires them in the app: for the
 * command line, which has no application context. The derived tables are brought up to date first
 * (on a warehouse opened read-only they must already be: one clear error otherwise).
 */
public record AnalyticsServices(MeasureCatalog measures, OverviewService overview, RankingService rankings,
                                TrendService trends, AgencyReportsQuery agencyReports) {

    public static AnalyticsServices on(DSLContext dsl, AccessScopeSource scope) {
        return on(dsl, scope, false);
    }

    public static AnalyticsServices on(DSLContext dsl, AccessScopeSource scope, boolean readOnly) {
        MeasureCatalog measures = new MeasureCatalog(dsl);
        AnalyticsTables tables = new AnalyticsTables(dsl, readOnly);
        tables.afterPropertiesSet();
        ReadAccess access = new ReadAccess(dsl, scope);
        FilterOptionsService options = new FilterOptionsService(dsl, measures, tables, access);
        return new AnalyticsServices(measures, new OverviewService(dsl, measures, access, tables),
                new RankingService(dsl, measures, options, access), new TrendService(dsl, measures, options, access),
                new AgencyReportsQuery(dsl, access));
    }
}
