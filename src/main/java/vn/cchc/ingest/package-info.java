/**
 * Reading reports: one reader per text shape → Vietnamese text normalisation → value parser → row matcher against the catalog → metadata detection → validation findings. Pure code, no database: {@link vn.cchc.ingest.ReportParser} turns a file's bytes into a {@link vn.cchc.ingest.ParsedReport}.
 */
package vn.cchc.ingest;
