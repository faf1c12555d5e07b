package vn.cchc.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.ui.state.ViewState;

/**
 * Base of the server-side view tests: the whole app (Spring, real services, real DuckDB) over the
 * generated test warehouse, views driven as a user drives them, without a browser — signed in as the
 * first admin (country-wide, every role) unless a test says otherwise.
 */
@SpringBootTest
public abstract class DashboardViewTest extends SignedInViewTest {

    @DynamicPropertySource
    static void warehouse(DynamicPropertyRegistry registry) {
        UiTestWarehouse.register(registry);
        TestAccounts.register(registry);
    }


    /** Opens a view at a URL query, as a bookmark or a shared link would (e.g. "period=2025-Q2&boundary=63"). */
    protected <T extends Component> T open(Class<T> view, String query) {
        UI.getCurrent().navigate(view, QueryParameters.fromString(query));
        return view.cast(getCurrentView());
    }

    /** The URL the browser would show now: path and query. */
    protected static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** The view state the URL now holds. */
    protected static ViewState urlState() {
        return ViewState.of(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters());
    }
}
