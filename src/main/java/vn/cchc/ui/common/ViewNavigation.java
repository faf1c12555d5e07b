package vn.cchc.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import vn.cchc.ui.state.ViewState;

/** Moves to a view in a state: a new browser-history entry, so back/forward walk the states. */
public final class ViewNavigation {

    private ViewNavigation() {
    }

    public static void go(Class<? extends Component> view, ViewState state) {
        UI.getCurrent().navigate(view, state.toQuery());
    }
}
