-- The parts of every rate a chart can show, worked out once per current report instead of by every
-- query: until now each figure of a rate (the on-time rate sums three pairs of counts and falls back
-- on three reported rates) joined the report rows with their numbers and pivoted nine indicators per
-- report on each call; that join and pivot were most of the work of the overview's cards, the
-- rankings and the drill-down. Derived data like analytics_value (sql/V8), written by
-- vn.cchc.analytics.AnalyticsTables' rebuild and step from analytics_value, never edited.
--
-- analytics_ratio: one row per current report and rate measure (the headline KPIs and the catalog's
--   rates with a numerator and a denominator, vn.cchc.analytics.MeasureCatalog) for a report that
--   gives something of it:
--   num, den  the sums of the numerators and of the denominators of the measure's count pairs the
--             report gives both counts of; NULL when it gives no complete pair (never 0 for
--             "not reported"). A figure is Σ num / Σ den over its reports: a ratio of sums.
--   rate      the mean of the rates the report gives, only when it gives no complete pair (a report
--             with only the rate is counted apart); NULL otherwise.
--   Stored measure by measure, so that a query for one reads only its rows (DuckDB's zone maps).
CREATE TABLE analytics_ratio (
    report_id  BIGINT  NOT NULL,
    measure_id VARCHAR NOT NULL,
    num        DOUBLE,
    den        DOUBLE,
    rate       DOUBLE
);

-- The rates' definitions the table was built with (AnalyticsTables compares them at each check):
-- a changed definition rebuilds the tables as new reports do.
ALTER TABLE analytics_stamp ADD COLUMN ratios VARCHAR;

-- Not built yet: the next AnalyticsTables.ensureFresh rebuilds the derived tables.
DELETE FROM analytics_stamp;
