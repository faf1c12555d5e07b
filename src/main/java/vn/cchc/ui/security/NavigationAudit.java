package vn.cchc.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.cchc.security.CurrentUser;

/**
 * Every view a signed-in user opens, with its filters (the URL's query), goes to the audit log; and an
 * account whose password was set by an admin (or printed on first start) is held on the password page
 * until it chooses its own.
 */
@Component
public class NavigationAudit implements VaadinServiceInitListener {

    private final transient UiAudit audit;
    private final transient CurrentUser user;

    public NavigationAudit(UiAudit audit, CurrentUser user) {
        this.audit = audit;
        this.user = user;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addBeforeEnterListener(this::holdForPasswordChange);
            ui.addAfterNavigationListener(after -> {
                if (user.name().isPresent() && !isError(after.getActiveChain())) {
                    audit.viewOpened(after.getLocation().getPathWithQueryParameters());
                }
            });
        });
    }

    private void holdForPasswordChange(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || event.isErrorEvent()
                || event.hasForwardTarget() || event.hasRerouteTarget() || user.name().isEmpty()) {
            return;
        }
        if (user.account().map(vn.cchc.security.Account::mustChangePassword).orElse(false)) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

    private static boolean isError(java.util.List<com.vaadin.flow.component.HasElement> chain) {
        return !chain.isEmpty() && chain.getFirst() instanceof NoAccessView;
    }
}
