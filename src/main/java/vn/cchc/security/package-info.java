/**
 * Who may use the service and what they did: accounts with a role and a province scope, sign-in
 * (local passwords, optionally single sign-on through OpenID Connect), the lock after repeated failed
 * sign-ins, and the append-only audit log. Kept in a database of its own ({@link
 * vn.cchc.security.AccountDatabase}: a small DuckDB file, or PostgreSQL for a larger deployment), never
 * in the warehouse, which analysts open with their own tools.
 *
 * <p>The signed-in user's province scope reaches the analytics services through {@link
 * vn.cchc.security.CurrentUser}, an {@link vn.cchc.analytics.AccessScopeSource}: the scope is taken
 * from the account on the server for every read, never from a view or URL. Roles are cumulative
 * ({@link vn.cchc.security.Role}): viewer &lt; analyst &lt; importer &lt; admin.
 *
 * <p>No Vaadin here: the sign-in page, the filter chain and the admin view are the UI's
 * (vn.cchc.ui.security, vn.cchc.ui.admin).
 */
package vn.cchc.security;
