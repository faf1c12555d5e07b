-- How this warehouse came to be. One row, written by the app when it built the warehouse from the
-- bundled sample on first start (the five seed reports plus a generated history, marked as sample
-- data in every generated file); no row for a warehouse created empty or filled by `load`.
CREATE TABLE warehouse_info (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    created_at          TIMESTAMP NOT NULL,
    created_from_sample BOOLEAN NOT NULL,
    sample              VARCHAR            -- what the sample holds, in words
);
