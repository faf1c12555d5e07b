-- Who loaded each report, so that an importer sees their own uploads among their office's. The
-- account as the audit log names it: an account name, "system" (the inbox folder), "cli:OS-USER"
-- (the server's command line). A table of its own rather than a column of report, which other
-- tables reference (DuckDB alters no such table); written in the report's own transaction.
-- Reports loaded before this migration, and the bundled sample's, have no row.
CREATE TABLE report_loaded_by (
    report_id BIGINT PRIMARY KEY REFERENCES report (id),
    account   VARCHAR NOT NULL
);
