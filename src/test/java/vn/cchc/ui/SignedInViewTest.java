package vn.cchc.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A server-side view test signed in — as the first admin (country-wide, every role) unless a test
 * says otherwise.
 */
@ExtendWith(SignedInViewTest.ThisContextsSecurityHolder.class)
@WithMockUser(username = "admin", roles = {"VIEWER", "ANALYST", "IMPORTER", "ADMIN"})
public abstract class SignedInViewTest extends SpringBrowserlessTest {

    /**
     * Spring Security keeps one global holder strategy, which the last Spring context started (Vaadin
     * sets it) replaces; the mock user goes into this context's, and the browserless UI takes its
     * principal from the global one when it is set up. Several test contexts live in one JVM: before
     * anything of the test runs — the mock user, the UI — point the global holder back at this
     * context's strategy, as a single app always has it. (An extension declared here runs before the
     * Spring extension and every @BeforeEach.)
     */
    static final class ThisContextsSecurityHolder implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext extension) {
            SpringExtension.getApplicationContext(extension).getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
