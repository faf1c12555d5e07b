/**
 * CCHC Analytics: administrative-reform report statistics from the reports themselves into a DuckDB
 * warehouse and a web dashboard. Packages by feature: ingest, catalog, warehouse, analytics, ui, cli.
 */
package vn.cchc;
