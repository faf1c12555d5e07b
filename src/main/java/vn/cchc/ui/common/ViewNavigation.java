package vn.cchc.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinService;
import vn.cchc.ui.security.ViewAccess;
import vn.cchc.ui.state.ViewState;

/**
 * Moves to a view in a state: a new browser-history entry, so back/forward walk the states. A view
 * the user's role cannot open (a viewer clicking a bar that would drill down) is not followed; the
 * user is told why.
 */
public final class ViewNavigation {

    private ViewNavigation() {
    }

    public static void go(Class<? extends Component> view, ViewState state) {
        UI ui = UI.getCurrent();
        if (!VaadinService.getCurrent().getInstantiator().getOrCreate(ViewAccess.class).canOpen(view)) {
            Notification.show(ui.getTranslation("access.role.needed"));
            return;
        }
        ui.navigate(view, state.toQuery());
    }
}
