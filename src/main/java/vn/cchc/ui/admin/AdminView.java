package vn.cchc.ui.admin;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.security.AccountStore;
import vn.cchc.security.ApiTokens;
import vn.cchc.snapshot.SnapshotService;
import vn.cchc.security.AuditLog;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;

/** Quản trị: accounts, API tokens and the audit log, for admins only. */
@Route("admin")
@RolesAllowed(Role.Names.ADMIN)
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    final AccountsPanel accounts;
    final AuditPanel audit;
    final TokensPanel tokens;

    public AdminView(AccountStore store, AuditLog log, CurrentUser user, FilterOptionsService options, ApiTokens apiTokens,
                     SnapshotService snapshots) {
        accounts = new AccountsPanel(store, user, options);
        audit = new AuditPanel(log);
        tokens = new TokensPanel(apiTokens, store, user);
        add(new H2(getTranslation("admin.accounts")), accounts, new H2(getTranslation("admin.tokens")), tokens,
                new H2(getTranslation("admin.audit")), audit);
        add(new H2(getTranslation("admin.snapshot.title")), new SnapshotLink(snapshots));
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin") + " — " + getTranslation("app.title");
    }
}
