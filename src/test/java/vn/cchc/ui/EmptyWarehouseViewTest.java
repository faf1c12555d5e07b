package vn.cchc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
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
class EmptyWarehouseViewTest extends SignedInViewTest {

    @DynamicPropertySource
    static void emptyWarehouse(DynamicPropertyRegistry registry) throws IOException {
        String path = Files.createTempDirectory("cchc-empty").resolve("empty.duckdb").toString();
        registry.add("cchc.warehouse.path", () -> path);
        registry.add("cchc.sample.on-first-start", () -> "false");
        TestAccounts.register(registry);
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
