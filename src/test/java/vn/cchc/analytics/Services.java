package vn.cchc.analytics;

import org.jooq.DSLContext;

/** The analytics services wired by hand on one DSLContext, as Spring wires them in the app. */
record Services(MeasureCatalog measures, FilterOptionsService options, OverviewService overview, TrendService trends,
                RankingService rankings, DrillDownService drillDown, HeatmapService heatmap, DataQualityService quality) {

    static Services on(DSLContext dsl) {
        MeasureCatalog measures = new MeasureCatalog(dsl);
        AnalyticsTables tables = new AnalyticsTables(dsl);
        tables.afterPropertiesSet();
        FilterOptionsService options = new FilterOptionsService(dsl, measures, tables);
        return new Services(measures, options, new OverviewService(dsl, measures), new TrendService(dsl, measures, options),
                new RankingService(dsl, measures, options), new DrillDownService(dsl, measures, options),
                new HeatmapService(dsl, measures), new DataQualityService(dsl));
    }
}
