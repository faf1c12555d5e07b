-- The dashboard's queries read two derived tables instead of evaluating the analytics_report view
-- and scanning every report_value on each call: at national size (5,000+ reports, 700,000+ values)
-- that is the difference between tens and hundreds of milliseconds a chart.
--
-- analytics_report: the analytics_report view of V5 (renamed analytics_report_source), stored.
-- analytics_value:  the numbers of the current reports, stored in indicator order, so that a query
--                   for a few indicators reads only their row groups (DuckDB's zone maps).
-- analytics_stamp:  what the tables were built from (report count, highest report id, supersession
--                   count); vn.cchc.analytics.AnalyticsTables rebuilds both when the warehouse has
--                   moved on. They are derived data: never edited, rebuilt in one transaction.
ALTER VIEW analytics_report RENAME TO analytics_report_source;

CREATE TABLE analytics_report AS SELECT * FROM analytics_report_source LIMIT 0;

CREATE TABLE analytics_value AS
SELECT v.report_id, v.indicator_id, v.number FROM report_value v LIMIT 0;

CREATE TABLE analytics_stamp (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    reports      BIGINT NOT NULL,
    max_report   BIGINT NOT NULL,
    superseded   BIGINT NOT NULL,
    built_at     TIMESTAMP NOT NULL
);
