package vn.cchc.ui.admin;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.cchc.analytics.FilterOptionsService;
import vn.cchc.security.AccountStore;
import vn.cchc.security.AuditLog;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;

/** Quản trị: accounts and the audit log, for admins only. */
@Route("admin")
@RolesAllowed(Role.Names.ADMIN)
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    final AccountsPanel accounts;
    final AuditPanel audit;

    public AdminView(AccountStore store, AuditLog log, CurrentUser user, FilterOptionsService options) {
        accounts = new AccountsPanel(store, user, options);
        audit = new AuditPanel(log);
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("admin.accounts"), accounts);
        tabs.add(getTranslation("admin.audit"), audit);
        tabs.setWidthFull();
        add(tabs);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin") + " — " + getTranslation("app.title");
    }
}
