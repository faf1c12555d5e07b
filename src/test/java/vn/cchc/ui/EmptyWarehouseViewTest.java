package vn.cchc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.ui.drill.DrillDownView;
import vn.cchc.ui.heatmap.HeatmapView;
import vn.cchc.ui.overview.KpiCardView;
import vn.cchc.ui.overview.OverviewView;
import vn.cchc.ui.quality.DataQualityView;
import vn.cchc.ui.rankings.RankingsView;
import vn.cchc.ui.trends.TrendsView;

/** A new warehouse without any report: every view opens and says there is nothing, none fails. */
@SpringBootTest
@WithMockUser(username = "admin", roles = {"VIEWER", "ANALYST", "IMPORTER", "ADMIN"})
class EmptyWarehouseViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void emptyWarehouse(DynamicPropertyRegistry registry) throws IOException {
        String path = Files.createTempDirectory("cchc-empty").resolve("empty.duckdb").toString();
        registry.add("cchc.warehouse.path", () -> path);
        registry.add("cchc.sample.on-first-start", () -> "false");
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

    @Test
    void theOverviewTellsHowToLoadReports() {
        navigate(OverviewView.class);
        assertThat($(KpiCardView.class).all()).isEmpty();
        assertThat($(Paragraph.class).withTextContaining("java -jar cchc-analytics.jar load").single().isVisible()).isTrue();
    }

    @Test
    void everyOtherViewOpensEmpty() {
        navigate(RankingsView.class);
        assertThat(test($(Grid.class).withClassName("cchc-ranking-table").single()).size()).isZero();
        navigate(TrendsView.class);
        navigate(HeatmapView.class);
        navigate(DrillDownView.class);
        navigate(DataQualityView.class);
        assertThat(test($(Grid.class).withClassName("cchc-quality-completeness").single()).size()).isZero();
    }
}
