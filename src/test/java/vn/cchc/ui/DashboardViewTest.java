package vn.cchc.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.ui.state.ViewState;

/**
 * Base of the server-side view tests: the whole app (Spring, real services, real DuckDB) over the
 * generated test warehouse, views driven as a user drives them, without a browser — signed in as the
 * first admin (country-wide, every role) unless a test says otherwise.
 */
@SpringBootTest
@WithMockUser(username = "admin", roles = {"VIEWER", "ANALYST", "IMPORTER", "ADMIN"})
public abstract class DashboardViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void warehouse(DynamicPropertyRegistry registry) {
        UiTestWarehouse.register(registry);
        TestAccounts.register(registry);
    }

    @Autowired
    private ApplicationContext context;

    /**
     * Spring Security keeps one global holder strategy, which the last Spring context started sets;
     * the mock user is put into this context's. Several test contexts live in one JVM: point the
     * global holder back at this context's strategy before each test, as a single app always has it.
     */
    @BeforeEach
    void thisContextsSecurityHolder() {
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
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
