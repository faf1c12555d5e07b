CREATE SEQUENCE report_id_seq START 1;

-- One loaded file. Rows are never updated: a later file for the same agency and period
-- supersedes a report through report_supersession, and the earlier one stays as history.
CREATE TABLE report (
    id            BIGINT PRIMARY KEY DEFAULT nextval('report_id_seq'),
    file_name     VARCHAR NOT NULL,                 -- the file name only, never a path
    sha256        VARCHAR NOT NULL UNIQUE,
    byte_size     BIGINT NOT NULL,
    text_shape    VARCHAR NOT NULL,                 -- how the text was laid out (tabbed, pdf-layout, ...)
    template      VARCHAR,                          -- '2021' | '2023' | later generations
    province_slug VARCHAR REFERENCES province (slug),
    agency_id     BIGINT REFERENCES agency (id),
    period_code   VARCHAR REFERENCES period (code),
    doc_number    VARCHAR,                          -- '599/BC-SXD'
    doc_date      DATE,
    title         VARCHAR,
    loaded_at     TIMESTAMP NOT NULL
);

-- Append-only, so that no referenced report row is ever updated (DuckDB forbids updating rows
-- that other tables reference).
CREATE TABLE report_supersession (
    report_id     BIGINT PRIMARY KEY REFERENCES report (id),
    superseded_by BIGINT NOT NULL REFERENCES report (id),
    superseded_at TIMESTAMP NOT NULL
);

-- Each detected metadata field with the text it was read from.
CREATE TABLE report_evidence (
    report_id   BIGINT NOT NULL REFERENCES report (id),
    field       VARCHAR NOT NULL,                   -- province, agency, agency_kind, period, doc_number, doc_date, template
    value       VARCHAR,
    evidence    VARCHAR NOT NULL,
    source_line INTEGER,
    PRIMARY KEY (report_id, field)
);

-- One statistic of one report. 'number' is NULL where the report gives none; 'raw' is always
-- the text as written.
CREATE TABLE report_value (
    report_id    BIGINT NOT NULL REFERENCES report (id),
    ordinal      INTEGER NOT NULL,
    indicator_id VARCHAR NOT NULL REFERENCES indicator (id),
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

-- A breakdown written inside a value: '77 (cấp tỉnh 54, huyện 23)'.
CREATE TABLE report_value_part (
    report_id BIGINT NOT NULL,
    ordinal   INTEGER NOT NULL,
    part      VARCHAR NOT NULL,                     -- province | district | commune | the label as written
    number    DOUBLE,
    raw       VARCHAR NOT NULL,
    PRIMARY KEY (report_id, ordinal, part)
);

CREATE SEQUENCE finding_id_seq START 1;

-- What the loader noticed: never blocks a load, always shown to analysts.
CREATE TABLE finding (
    id            BIGINT PRIMARY KEY DEFAULT nextval('finding_id_seq'),
    report_id     BIGINT NOT NULL REFERENCES report (id),
    value_ordinal INTEGER,
    rule          VARCHAR NOT NULL,
    severity      VARCHAR NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    message       VARCHAR NOT NULL,
    source_line   INTEGER
);
