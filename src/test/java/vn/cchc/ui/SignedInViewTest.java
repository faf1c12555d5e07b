package vn.cchc.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A server-side view test signed in — as the first admin (country-wide, every role) unless a test
 * says otherwise.
 */
@WithMockUser(username = "admin", roles = {"VIEWER", "ANALYST", "IMPORTER", "ADMIN"})
public abstract class SignedInViewTest extends SpringBrowserlessTest {

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
}
