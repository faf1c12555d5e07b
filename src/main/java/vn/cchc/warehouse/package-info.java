/**
 * The DuckDB warehouse: the data source, Flyway migrations (sql/ plus the reference data as a repeatable migration), the jOOQ code generated from the migrated schema, the loader that writes parsed reports a batch per transaction (a failing report replayed alone, so it leaves the warehouse as it was), and the sample warehouse built on first start. DSLContext lives here and in analytics only.
 */
package vn.cchc.warehouse;
