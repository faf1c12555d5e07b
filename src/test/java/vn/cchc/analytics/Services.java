package vn.cchc.analytics;

import org.jooq.DSLContext;

/** The analytics services wired by hand on one DSLContext, as Spring wires them in the app. */
record Services(MeasureCatalog measures, FilterOptionsService options, OverviewService overview, TrendService trends,
                RankingService rankings, DrillDownService drillDown, HeatmapService heatmap, DataQualityService quality) {

    /** Country-wide, as the server's operator reads. */
    static Services on(DSLContext dsl) {
        return on(dsl, AccessScopeSource.countryWide());
    }

    /** As a reader of the given scope reads. */
    static Services on(DSLContext dsl, AccessScopeSource scope) {
        AnalyticsTables tables = new AnalyticsTables(dsl);
        tables.afterPropertiesSet();
        return on(dsl, scope, tables);
    }

    /** Computing every answer afresh (no {@link ViewCache}): the query benchmark's "computed" figures. */
    static Services uncached(DSLContext dsl) {
        AnalyticsTables tables = AnalyticsTables.uncached(dsl);
        tables.afterPropertiesSet();
        return on(dsl, AccessScopeSource.countryWide(), tables);
    }

    /** Sharing the derived tables' keeper of a running app (one keeper per warehouse: it rebuilds under its lock). */
    static Services on(DSLContext dsl, AccessScopeSource scope, AnalyticsTables tables) {
        MeasureCatalog measures = new MeasureCatalog(dsl);
        ReadAccess access = new ReadAccess(dsl, scope);
        FilterOptionsService options = new FilterOptionsService(dsl, measures, tables, access);
        return new Services(measures, options, new OverviewService(dsl, measures, access, tables),
                new TrendService(dsl, measures, options, access), new RankingService(dsl, measures, options, access),
                new DrillDownService(dsl, measures, options, access), new HeatmapService(dsl, measures, access, tables),
                new DataQualityService(dsl, access, tables));
    }
}
