/**
 * Quản trị, for admins: the accounts (add, disable, role, province scope, password reset, unlock), the
 * national-benchmark switch, and the audit log with its filters and Excel export. Every change goes
 * through vn.cchc.security.AccountStore, which audits it.
 */
package vn.cchc.ui.admin;
