package vn.cchc.ui.drill;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import vn.cchc.ui.state.ViewState;

/** Country › province › agency › report: each step a real link to that level, so it can be bookmarked. */
class Breadcrumb extends HorizontalLayout {

    Breadcrumb() {
        setSpacing(true);
        addClassName("cchc-breadcrumb");
    }

    void clear() {
        removeAll();
    }

    void step(String text, ViewState target, boolean current) {
        if (getComponentCount() > 0) {
            add(new Span("›"));
        }
        if (current) {
            Span here = new Span(text);
            here.getStyle().set("font-weight", "600");
            add(here);
        } else {
            RouterLink link = new RouterLink(text, DrillDownView.class);
            link.setQueryParameters(target.toQuery());
            add(link);
        }
    }
}
