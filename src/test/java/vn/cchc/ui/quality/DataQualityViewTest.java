package vn.cchc.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.DataQualityService;
import vn.cchc.analytics.Filters;
import vn.cchc.analytics.PeriodRange;
import vn.cchc.ui.DashboardViewTest;

class DataQualityViewTest extends DashboardViewTest {

    @Autowired
    DataQualityService quality;

    @Test
    void listsFindingsByRuleInWordsAndCompletenessPerPeriod() {
        open(DataQualityView.class, "from=2024-Q1&to=2024-Q4&boundary=63");
        PeriodRange range = PeriodRange.quarters("2024-Q1", "2024-Q4");
        var expected = quality.findingsByRule(new Filters(range, null, null, null, Boundary.OLD_63));
        Grid<?> rules = $(Grid.class).withClassName("cchc-quality-rules").single();
        assertThat(test(rules).size()).isEqualTo(expected.size()).isPositive();
        assertThat(test(rules).getCellText(0, 0)).doesNotContain("_").doesNotStartWith("!");
        Grid<?> completeness = $(Grid.class).withClassName("cchc-quality-completeness").single();
        assertThat(test(completeness).size()).isEqualTo(4);
        assertThat(test(completeness).getCellText(0, 0)).isEqualTo("Q1/2024");
    }

    @Test
    void aProvinceFilterNarrowsTheFindings() {
        open(DataQualityView.class, "from=2024-Q1&to=2024-Q4&boundary=63&province=ha-giang");
        Grid<?> provinces = $(Grid.class).withClassName("cchc-quality-provinces").single();
        for (int i = 0; i < test(provinces).size(); i++) {
            assertThat(test(provinces).getCellText(i, 0)).isEqualTo("Hà Giang");
        }
    }
}
