-- The public contract for analysts who query the DuckDB file from their own tools (README).
-- One row per value of the current version of each report.
CREATE VIEW indicator_values AS
SELECT r.file_name          AS source_file,
       p.name               AS province,
       pn.name              AS province_now,
       a.name               AS agency,
       a.kind               AS agency_kind,
       r.period_code        AS period,
       r.template           AS template,
       v.indicator_id       AS indicator,
       v.number             AS value,
       v.raw                AS raw,
       v.source_line        AS source_line
FROM report_value v
JOIN report r ON r.id = v.report_id
LEFT JOIN province p ON p.slug = r.province_slug
LEFT JOIN province_succession s ON s.old_slug = r.province_slug
LEFT JOIN province pn ON pn.slug = coalesce(s.new_slug, r.province_slug)
LEFT JOIN agency a ON a.id = r.agency_id
WHERE NOT EXISTS (SELECT 1 FROM report_supersession x WHERE x.report_id = r.id);

-- One row per loaded report, current and superseded, with its metadata and finding count.
CREATE VIEW report_overview AS
SELECT r.id                 AS report_id,
       r.file_name          AS source_file,
       r.sha256,
       p.name               AS province,
       pn.name              AS province_now,
       a.name               AS agency,
       a.kind               AS agency_kind,
       r.period_code        AS period,
       r.template,
       r.doc_number,
       r.doc_date,
       r.loaded_at,
       x.superseded_by,
       (SELECT count(*) FROM report_value v WHERE v.report_id = r.id) AS value_count,
       (SELECT count(*) FROM finding f WHERE f.report_id = r.id)     AS finding_count
FROM report r
LEFT JOIN province p ON p.slug = r.province_slug
LEFT JOIN province_succession s ON s.old_slug = r.province_slug
LEFT JOIN province pn ON pn.slug = coalesce(s.new_slug, r.province_slug)
LEFT JOIN agency a ON a.id = r.agency_id
LEFT JOIN report_supersession x ON x.report_id = r.id;
