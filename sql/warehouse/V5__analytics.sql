-- What the dashboard's analytics service (vn.cchc.analytics) groups and filters by: one row per
-- current report (superseded versions left out, as in indicator_values) with the keys of both
-- province boundaries and whether the report feeds its province's figure. A view, not a table:
-- nothing to refresh after a load, and at benchmark size (5,000+ reports) it costs a few ms.
--
-- province_new: the province by the 34 of 2025 (a 2008 province's successor, or itself).
-- province_old: the province by the 63 of 2008; for a report filed under a 2025 province, the
--   2008 province it continues when it continues exactly one (unchanged or renamed); NULL for a
--   merged province, whose figures cannot be split back into its members.
-- feeds_province: the UBND tỉnh aggregate report already sums the province's departments and
--   districts, so a province's figure is that report alone; only where a province has no
--   aggregate for the period do its departments and districts feed it instead (communes only
--   where no district reports, since a district's report holds its communes). Never both: no
--   double counting.
-- Reports whose province, agency or period could not be detected stay in the view with NULL keys
-- (their findings count in data quality); no filter or grouping by those keys selects them.
CREATE VIEW analytics_report AS
WITH current_report AS (
    SELECT r.*
    FROM report r
    WHERE NOT EXISTS (SELECT 1 FROM report_supersession x WHERE x.report_id = r.id)
), continued AS (
    SELECT new_slug, min(old_slug) AS old_slug
    FROM province_succession
    GROUP BY new_slug
    HAVING count(*) = 1
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
           false) AS feeds_province
FROM keyed k
WINDOW w AS (PARTITION BY k.province_slug, k.period_code);
