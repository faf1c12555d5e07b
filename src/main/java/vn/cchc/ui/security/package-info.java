/**
 * Sign-in for the dashboard: the filter chain (Vaadin's {@code VaadinSecurityConfigurer}, security
 * headers, optional OpenID Connect), the login page, the forced first password change, the "no
 * access" page, the check that a URL names nothing outside the reader's province scope, and the
 * audit of views opened and files exported. Accounts, scope and the audit log themselves are
 * vn.cchc.security's; the scope is enforced below the views, in vn.cchc.analytics.ReadAccess.
 */
package vn.cchc.ui.security;
