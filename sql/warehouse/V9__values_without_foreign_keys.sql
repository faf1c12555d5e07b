-- report_value without its two foreign keys; the loader, its only writer, keeps them instead
-- (vn.cchc.warehouse.ValueStage): a value is staged beside the report it belongs to, and a value
-- whose indicator the warehouse does not have fails its report, naming file, line and indicator,
-- and the report leaves the warehouse as it was.
--
-- Why: DuckDB checks a foreign key row by row against the referenced key's index, on insert and
-- again on commit. For the values of a national load (665,736 rows) the two keys cost more than
-- everything else the insert does — about 1 s of 1.6 s in a bare test — while DuckDB never uses
-- them to plan a query. DuckDB's performance guide says as much: constraints slow loading and
-- rarely speed queries; keep those that guard integrity. The primary key and the CHECK stay,
-- and report_value_part has never had a foreign key, for the same reason.
--
-- DuckDB cannot drop a constraint in place: the table is built again and the rows copied, column by
-- column. Views that read report_value (V4, V5) are bound by name when queried, so they read the new
-- table. Flyway runs the script in one transaction (DuckDB's DDL is transactional), so a failure
-- leaves the old table as it was.
CREATE TABLE report_value_v9 (
    report_id    BIGINT NOT NULL,                   -- a report (id): checked by the loader
    ordinal      INTEGER NOT NULL,
    indicator_id VARCHAR NOT NULL,                  -- an indicator (id): checked by the loader
    number       DOUBLE,
    raw          VARCHAR NOT NULL,
    text_value   VARCHAR,                           -- a text answer where a number was asked
    unit_raw     VARCHAR,
    note         VARCHAR,
    numerator    DOUBLE,
    denominator  DOUBLE,
    qualifier    VARCHAR,                           -- '(01 hồ sơ)', 'HĐ68'
    origin       VARCHAR NOT NULL CHECK (origin IN ('row', 'inline')),
    item_code    VARCHAR,
    label_raw    VARCHAR,
    source_line  INTEGER NOT NULL,
    PRIMARY KEY (report_id, ordinal)
);

INSERT INTO report_value_v9 (report_id, ordinal, indicator_id, number, raw, text_value, unit_raw, note, numerator,
                             denominator, qualifier, origin, item_code, label_raw, source_line)
SELECT report_id, ordinal, indicator_id, number, raw, text_value, unit_raw, note, numerator,
       denominator, qualifier, origin, item_code, label_raw, source_line
FROM report_value
ORDER BY report_id, ordinal;

DROP TABLE report_value;

ALTER TABLE report_value_v9 RENAME TO report_value;
