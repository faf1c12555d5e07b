/**
 * The DuckDB warehouse: the data source, Flyway migrations (sql/ plus the reference data as a repeatable migration), the jOOQ code generated from the migrated schema, and the loader that writes parsed reports one transaction each. DSLContext lives here and in analytics only.
 */
package vn.cchc.warehouse;
