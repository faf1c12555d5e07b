-- The continuing unit under the 34 boundaries (vn.cchc.analytics.ContinuingUnit, DOMAIN §8),
-- stored with each report row of the dashboard's derived table analytics_report instead of being
-- worked out by every query: until now each query computed it per report row with a correlated
-- lookup of the agency and its department's primary lineage, and an agency's cards, the rankings
-- of agencies and the heatmap grouped by it; that lookup was the largest part of those queries'
-- time (up to 200 ms a call at 15,000 reports on a busy machine).
--
-- unit_34: 'province:<2025 province>' for a UBND tỉnh, 'department:<2025 province>:<department
--   type>' for a department, the type being the one its history follows (its primary successor's
--   along department_lineage, else its own, else its name); every other agency, and any row whose
--   2025 province is unknown, is its own unit keyed by its agency id (as text); NULL without an
--   agency. Under the 63 boundaries every agency is its own unit: the agency id, no column needed.
--
-- The key is part of analytics_report_source (V5's view, renamed by V8) so that the stored table
-- stays that view stored: AnalyticsTables' rebuild and its step copy it with the rest of a row.
-- It depends on the row's own agency (never edited once created) and province, and on the
-- reference lineage, so a row keeps it until the row itself is written again.
CREATE OR REPLACE VIEW analytics_report_source AS
WITH current_report AS (
    SELECT r.*
    FROM report r
    WHERE NOT EXISTS (SELECT 1 FROM report_supersession x WHERE x.report_id = r.id)
), continued AS (
    SELECT new_slug, min(old_slug) AS old_slug
    FROM province_succession
    GROUP BY new_slug
    HAVING count(*) = 1
), primary_line AS (
    -- one primary successor per department type (reference/department_lineage.csv)
    SELECT from_slug, min(to_slug) AS to_slug
    FROM department_lineage
    WHERE starts_with(note, 'primary')
    GROUP BY from_slug
), keyed AS (
    SELECT r.id                                  AS report_id,
           r.file_name,
           r.template,
           r.doc_number,
           r.doc_date,
           r.period_code,
           pe.year                               AS period_year,
           pe.kind                               AS period_kind,
           pe.start_date                         AS period_start,
           pe.end_date                           AS period_end,
           r.agency_id,
           a.kind                                AS agency_kind,
           a.name                                AS agency_name,
           r.province_slug,
           p.generation                          AS province_generation,
           coalesce(s.new_slug, r.province_slug) AS province_new,
           CASE WHEN p.generation = '2008' THEN r.province_slug ELSE c.old_slug END AS province_old
    FROM current_report r
    LEFT JOIN period pe ON pe.code = r.period_code
    LEFT JOIN agency a ON a.id = r.agency_id
    LEFT JOIN province p ON p.slug = r.province_slug
    LEFT JOIN province_succession s ON s.old_slug = r.province_slug
    LEFT JOIN continued c ON c.new_slug = r.province_slug
)
SELECT k.*,
       coalesce(k.agency_kind = 'province'
           OR (NOT bool_or(k.agency_kind = 'province') OVER w
               AND (k.agency_kind IN ('department', 'district')
                    OR (k.agency_kind = 'commune' AND NOT bool_or(k.agency_kind = 'district') OVER w))),
           false) AS feeds_province,
       CASE WHEN k.agency_kind = 'province' AND k.province_new IS NOT NULL
                THEN 'province:' || k.province_new
            WHEN k.agency_kind = 'department' AND k.province_new IS NOT NULL
                THEN 'department:' || k.province_new || ':' || coalesce(l.to_slug, a.department_slug, a.name)
            ELSE CAST(k.agency_id AS VARCHAR)
       END AS unit_34
FROM keyed k
LEFT JOIN agency a ON a.id = k.agency_id
LEFT JOIN primary_line l ON l.from_slug = a.department_slug
WINDOW w AS (PARTITION BY k.province_slug, k.period_code);

-- Appended last, as the view has it last: the rebuild and the step copy the view's rows by position.
ALTER TABLE analytics_report ADD COLUMN unit_34 VARCHAR;

-- The rows already stored have no key yet: forget what the tables were built from, so that the
-- next AnalyticsTables.ensureFresh rebuilds them (derived data, about a second for a national history).
DELETE FROM analytics_stamp;
