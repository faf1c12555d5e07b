-- Retracting a report an importer loaded by mistake (issue 11). The report stays as history; it
-- leaves indicator_values and the dashboards, and the report it had superseded, if any, becomes
-- current again.
--
-- How, without touching the views that decide what is current (V4, V5, V8): a retracted report is
-- recorded as superseded by itself in report_supersession, so every "NOT EXISTS a supersession"
-- test leaves it out. The supersessions it had made are deleted (they are not referenced by
-- anything), so that what it replaced is current again; report_retraction keeps who, when, why and
-- which reports came back. Rows of report and report_retraction are never updated.
CREATE TABLE report_retraction (
    report_id    BIGINT PRIMARY KEY REFERENCES report (id),
    retracted_by VARCHAR NOT NULL,                  -- the account (or cli:USER, api:ACCOUNT)
    retracted_at TIMESTAMP NOT NULL,
    reason       VARCHAR,
    restored     VARCHAR                            -- ids of the reports that became current again, comma-separated
);

-- The dashboard's derived tables are rebuilt when this count moves too: a retraction that brings a
-- report back changes neither the report count nor the supersession count.
ALTER TABLE analytics_stamp ADD COLUMN retracted BIGINT DEFAULT 0;

-- report_overview with the retraction: a retracted report shows who withdrew it and when, not as
-- superseded by itself.
CREATE OR REPLACE VIEW report_overview AS
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
       CASE WHEN x.superseded_by = r.id THEN NULL ELSE x.superseded_by END AS superseded_by,
       t.retracted_by,
       t.retracted_at,
       (SELECT count(*) FROM report_value v WHERE v.report_id = r.id) AS value_count,
       (SELECT count(*) FROM finding f WHERE f.report_id = r.id)     AS finding_count
FROM report r
LEFT JOIN province p ON p.slug = r.province_slug
LEFT JOIN province_succession s ON s.old_slug = r.province_slug
LEFT JOIN province pn ON pn.slug = coalesce(s.new_slug, r.province_slug)
LEFT JOIN agency a ON a.id = r.agency_id
LEFT JOIN report_supersession x ON x.report_id = r.id
LEFT JOIN report_retraction t ON t.report_id = r.id;
