/**
 * Snapshots of the warehouse taken through the running app: while the app owns the DuckDB file
 * (DuckDB lets no other process open it then), an admin downloads a consistent copy for analysts'
 * own tools. The copy itself is {@link vn.cchc.warehouse.WarehouseSnapshot}'s; here is who may take
 * one (admins, checked below the view) and the audit. No Vaadin here.
 */
package vn.cchc.snapshot;
