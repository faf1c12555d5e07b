-- Reporting units: provinces (the 63 before and the 34 after 1 July 2025), agency kinds,
-- department types with their 2025 lineage, and the agencies that file reports.
-- The reference rows themselves come from src/main/resources/reference/*.csv through the
-- repeatable migration R__reference_data, so that a user can correct them as data.

CREATE TABLE province (
    slug        VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    generation  VARCHAR NOT NULL CHECK (generation IN ('2008', '2025')),
    valid_from  DATE,
    valid_to    DATE,
    region      VARCHAR
);

-- Other spellings of a province name ('alias') and the towns of its date line ('place').
CREATE TABLE province_alias (
    province_slug VARCHAR NOT NULL REFERENCES province (slug),
    alias         VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL CHECK (kind IN ('alias', 'place')),
    PRIMARY KEY (province_slug, alias, kind)
);

-- Which 2025 province each 2008 province became part of.
CREATE TABLE province_succession (
    old_slug  VARCHAR PRIMARY KEY REFERENCES province (slug),
    new_slug  VARCHAR NOT NULL REFERENCES province (slug),
    effective DATE NOT NULL
);

CREATE TABLE agency_kind (
    kind    VARCHAR PRIMARY KEY,
    name_vi VARCHAR NOT NULL,
    name_en VARCHAR NOT NULL
);

CREATE TABLE department_type (
    slug       VARCHAR PRIMARY KEY,
    name       VARCHAR NOT NULL,
    valid_from DATE,
    valid_to   DATE
);

-- Document-number suffixes ('code', e.g. SXD) and other written names ('alias').
CREATE TABLE department_alias (
    department_slug VARCHAR NOT NULL REFERENCES department_type (slug),
    alias           VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL CHECK (kind IN ('code', 'alias')),
    PRIMARY KEY (department_slug, alias, kind)
);

CREATE TABLE department_lineage (
    from_slug VARCHAR NOT NULL REFERENCES department_type (slug),
    to_slug   VARCHAR NOT NULL REFERENCES department_type (slug),
    effective DATE NOT NULL,
    note      VARCHAR,
    PRIMARY KEY (from_slug, to_slug)
);

CREATE SEQUENCE agency_id_seq START 1;

-- An agency is created the first time one of its reports is loaded.
CREATE TABLE agency (
    id              BIGINT PRIMARY KEY DEFAULT nextval('agency_id_seq'),
    province_slug   VARCHAR REFERENCES province (slug),
    kind            VARCHAR NOT NULL REFERENCES agency_kind (kind),
    name            VARCHAR NOT NULL,
    department_slug VARCHAR REFERENCES department_type (slug),
    UNIQUE (province_slug, kind, name)
);

-- An agency's history follows it through the 2025 department mergers.
CREATE VIEW agency_lineage AS
SELECT a.id AS agency_id, s.id AS successor_id, l.effective
FROM agency a
JOIN department_lineage l ON l.from_slug = a.department_slug
JOIN agency s ON s.department_slug = l.to_slug AND s.province_slug = a.province_slug;
