package vn.cchc.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import vn.cchc.analytics.OverviewWarmUp;
import vn.cchc.analytics.AccessScope;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.NewAccount;
import vn.cchc.security.Role;
import vn.cchc.ui.overview.KpiCardView;
import vn.cchc.ui.overview.OverviewView;

/**
 * A first start as a new user has it — no warehouse file, so the bundled sample is unpacked — in a
 * context of its own. The start's warm-up ({@link OverviewWarmUp}) finishes; then, for a reader
 * whose scope no page has been drawn for yet, the same warm-up under that reader's scope leaves the
 * overview's first render nothing to read from the dashboard's tables: the warm-up asks exactly what
 * the view asks, under the reader's own scope. The province the reader then picks was not warmed:
 * its queries run, as the listener sees.
 */
@SpringBootTest
// A context of its own, closed after the class: its warehouse is nobody else's.
@DirtiesContext
class FirstStartWarmUpTest extends SignedInViewTest {

    static final String READER = "warm.reader";
    static Path dir;

    @DynamicPropertySource
    static void freshWarehouse(DynamicPropertyRegistry registry) throws IOException {
        // Under target/, emptied first: one unpacked sample (97 MB) at most, never one per run in /tmp.
        dir = Path.of("target", "first-start-warm-up").toAbsolutePath();
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        registry.add("cchc.warehouse.path", () -> dir.resolve("cchc.duckdb").toString());
        registry.add("cchc.sample.on-first-start", () -> "true");
        registry.add("cchc.inbox", () -> "");
        TestAccounts.register(registry);
    }

    @Autowired
    OverviewWarmUp warmUp;

    /** The statements on the dashboard's tables while {@link #recording}, from every service's DSL. */
    static final List<String> READ = new CopyOnWriteArrayList<>();
    static volatile boolean recording;
    static final Pattern DASHBOARD_TABLES =
            Pattern.compile("analytics_(report|value|ratio)\\b");

    /**
     * The listener goes on the warehouse's DSL before any service is built from it: the view services
     * derive their own configuration from it at construction ({@code Inlined}), so a listener set later
     * on the warehouse's DSL would not see their statements and the test could not fail.
     */
    @TestConfiguration
    static class RecordDashboardReads {
        @Bean
        static BeanPostProcessor dashboardReadRecorder() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DSLContext dsl) {
                        ExecuteListenerProvider[] before = dsl.configuration().executeListenerProviders();
                        ExecuteListenerProvider[] with = Arrays.copyOf(before, before.length + 1);
                        with[before.length] = new DefaultExecuteListenerProvider(ExecuteListener.onExecuteStart(ctx -> {
                            if (recording && ctx.sql() != null && DASHBOARD_TABLES.matcher(ctx.sql()).find()) {
                                READ.add(ctx.sql());
                            }
                        }));
                        dsl.configuration().set(with);
                    }
                    return bean;
                }
            };
        }
    }

    @Autowired
    AccountStore store;

    @Autowired
    CurrentUser currentUser;

    @Test
    @WithMockUser(username = READER, roles = "VIEWER")
    void theOverviewsFirstRenderFindsItsAnswersReady() throws Exception {
        assumeTrue(getClass().getResource("/sample/warehouse.duckdb.gz") != null, "built without the bundled sample");
        assertThat(warmUp.awaitFinished(120)).isTrue();
        // The account comes only now: the page the test's set-up drew for this name saw no scope, so
        // nothing of this scope is cached yet.
        Set<String> provinces = Set.of("ha-noi-2025", "hai-phong-2025");
        store.add(new NewAccount(READER, null, Role.VIEWER, false, provinces), "warm-up-password".toCharArray(), false,
                new Actor("test", "local"));
        currentUser.forget();
        assertThat(currentUser.current()).isEqualTo(AccessScope.provinces(provinces));
        warmUp.warm(currentUser);

        READ.clear();
        recording = true;
        try {
            UI.getCurrent().navigate(OverviewView.class, QueryParameters.empty());
            assertThat($(KpiCardView.class).all()).hasSize(3);
            assertThat(READ).as("queries of the dashboard's tables in the first render").isEmpty();

            UI.getCurrent().navigate(OverviewView.class, QueryParameters.fromString("province=ha-noi-2025"));
            assertThat($(KpiCardView.class).all()).hasSize(3);
            assertThat(READ).as("a view not warmed reads them").isNotEmpty();
        } finally {
            recording = false;
        }
    }
}
