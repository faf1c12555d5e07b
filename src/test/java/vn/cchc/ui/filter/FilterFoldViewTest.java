package vn.cchc.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.Test;
import vn.cchc.ui.DashboardViewTest;
import vn.cchc.ui.overview.OverviewView;

/**
 * The filter row's fold, server-side: the summary line says what is chosen, a tap opens the fields
 * (the class the phone stylesheet keys on, and aria-expanded) and another folds them again.
 */
class FilterFoldViewTest extends DashboardViewTest {

    @Test
    void theSummaryNamesTheChosenFiltersAndFollowsAChange() {
        open(OverviewView.class, "period=2025-Q2&boundary=63");
        assertThat(summary().getText()).startsWith("Bộ lọc: ").contains("Q2/2025").contains("63").contains("Cả nước")
                .doesNotContain("Hà Giang");
        ComboBox<?> province = $(ComboBox.class).withLabel("Tỉnh, thành phố").single();
        test(province).selectItem("Hà Giang");
        assertThat(summary().getText()).startsWith("Bộ lọc: ").contains("Q2/2025").contains("Hà Giang")
                .doesNotContain("Cả nước");
    }

    @Test
    void aTapOpensTheFieldsAndAnotherFoldsThem() {
        open(OverviewView.class, "period=2025-Q2");
        FilterBar bar = $(FilterBar.class).single();
        FilterSummary summary = summary();
        assertThat(bar.hasClassName(FilterSummary.OPEN)).isFalse();
        assertThat(summary.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        test(summary).click();
        assertThat(bar.hasClassName(FilterSummary.OPEN)).isTrue();
        assertThat(summary.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        test(summary).click();
        assertThat(bar.hasClassName(FilterSummary.OPEN)).isFalse();
        assertThat(summary.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    }

    private FilterSummary summary() {
        return $(FilterSummary.class).single();
    }
}
