-- Reporting periods: every year with its quarters, first half, nine months and full year.
CREATE TABLE period (
    code       VARCHAR PRIMARY KEY,          -- '2021-Q1', '2024-H1', '2023-9M', '2021-Y'
    year       INTEGER NOT NULL,
    kind       VARCHAR NOT NULL CHECK (kind IN ('Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y')),
    start_date DATE NOT NULL,
    end_date   DATE NOT NULL,
    months     INTEGER NOT NULL
);

INSERT INTO period (code, year, kind, start_date, end_date, months)
SELECT y || '-' || k.kind, y, k.kind,
       make_date(y, k.first_month, 1),
       last_day(make_date(y, k.last_month, 1)),
       k.last_month - k.first_month + 1
FROM range(2010, 2041) AS years(y)
CROSS JOIN (VALUES ('Q1', 1, 3), ('Q2', 4, 6), ('Q3', 7, 9), ('Q4', 10, 12),
                   ('H1', 1, 6), ('9M', 1, 9), ('Y', 1, 12)) AS k(kind, first_month, last_month);

-- The canonical indicator catalog (src/main/resources/catalog/indicators.csv).
CREATE TABLE indicator (
    id               VARCHAR PRIMARY KEY,
    area             INTEGER NOT NULL CHECK (area BETWEEN 1 AND 7),
    name_vi          VARCHAR NOT NULL,
    name_en          VARCHAR NOT NULL,
    unit             VARCHAR,
    kind             VARCHAR NOT NULL CHECK (kind IN ('count', 'percent', 'money', 'coded', 'text')),
    higher_is_better BOOLEAN,
    numerator_id     VARCHAR,
    denominator_id   VARCHAR,
    total_id         VARCHAR,
    accumulation     VARCHAR NOT NULL CHECK (accumulation IN ('period', 'cumulative', 'snapshot')),
    codes            VARCHAR
);
