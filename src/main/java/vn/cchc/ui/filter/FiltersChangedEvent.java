package vn.cchc.ui.filter;

import com.vaadin.flow.component.ComponentEvent;
import vn.cchc.ui.state.ViewState;

/** The user changed a filter: the view navigates to the new state (and so into the URL). */
public class FiltersChangedEvent extends ComponentEvent<FilterBar> {

    private final ViewState state;

    public FiltersChangedEvent(FilterBar source, ViewState state) {
        super(source, true);
        this.state = state;
    }

    public ViewState state() {
        return state;
    }
}
