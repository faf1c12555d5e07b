package vn.cchc.analytics;

import org.jooq.DSLContext;

/**
 * The analytics services wired by hand on one DSLContext, as Spring wires them in the app: for the
 * command line, which has no application context. The derived tables are brought up to date first.
 */
public record AnalyticsServices(MeasureCatalog measures, OverviewService overview, RankingService rankings,
                                TrendService trends, AgencyReportsQuery agencyReports) {

    public static AnalyticsServices on(DSLContext dsl, AccessScopeSource scope) {
        MeasureCatalog measures = new MeasureCatalog(dsl);
        AnalyticsTables tables = new AnalyticsTables(dsl);
        tables.afterPropertiesSet();
        ReadAccess access = new ReadAccess(dsl, scope);
        FilterOptionsService options = new FilterOptionsService(dsl, measures, tables, access);
        return new AnalyticsServices(measures, new OverviewService(dsl, measures, access),
                new RankingService(dsl, measures, options, access), new TrendService(dsl, measures, options, access),
                new AgencyReportsQuery(dsl, access));
    }
}
