package vn.cchc.ui.trends;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import vn.cchc.analytics.Axis;
import vn.cchc.analytics.Grain;
import vn.cchc.ui.DashboardViewTest;
import vn.cchc.ui.drill.DrillDownView;

class TrendsViewTest extends DashboardViewTest {

    @Test
    void overlaysTheChosenProvincesOverTheRange() {
        TrendsView view = open(TrendsView.class,
                "measure=kpi.ontime_rate&from=2024-Q1&to=2025-Q2&boundary=63&units=ha-giang,cao-bang");
        // The legend and the table in Vietnamese order of the names, whatever the order they were chosen in.
        assertThat(view.trend().series()).extracting(s -> s.label()).containsExactly("Cao Bằng", "Hà Giang");
        assertThat(view.trend().periods()).hasSize(6).startsWith("2024-Q1").endsWith("2025-Q2");
        Grid<?> table = $(Grid.class).withClassName("cchc-trend-table").single();
        assertThat(test(table).size()).isEqualTo(2);
        assertThat(test(table).getCellText(0, 1)).matches("\\d{1,3},\\d{2} %");
    }

    @Test
    void addingAProvinceAddsALineAndKeepsItInTheUrl() {
        open(TrendsView.class, "measure=kpi.ontime_rate&from=2024-Q1&to=2025-Q2&boundary=63&units=ha-giang");
        MultiSelectComboBox<?> units = $(MultiSelectComboBox.class).single();
        test(units).selectItem("Hà Giang", "Cao Bằng");
        assertThat(urlState().units()).containsExactlyInAnyOrder("ha-giang", "cao-bang");
        assertThat(((TrendsView) getCurrentView()).trend().series()).hasSize(2);
    }

    @Test
    void aCumulativeIndicatorSaysSoOnItsAxisAndAQuarterlyOneSaysItIsPerPeriod() {
        TrendsView view = open(TrendsView.class, "measure=direction.plan_tasks_done&grain=quarter&from=2024-Q1&to=2024-Q4");
        assertThat(view.trend().axis()).isEqualTo(Axis.CUMULATIVE_YEAR_TO_DATE);
        assertThat(view.trend().periods()).allMatch(p -> p.matches("2024-Q[1-4]"));
        assertThat($(Paragraph.class).withClassName("cchc-trend-axis").single().getText()).contains("lũy kế");

        view = open(TrendsView.class, "measure=tthc.resolved.dept&grain=quarter&from=2024-Q1&to=2024-Q4");
        assertThat(view.trend().axis()).isEqualTo(Axis.PER_PERIOD);
        assertThat(view.trend().grain()).isEqualTo(Grain.QUARTER);
        assertThat($(Paragraph.class).withClassName("cchc-trend-axis").single().getText()).contains("trong kỳ");
    }

    @Test
    void aClickOnAPointOpensThatProvinceAtThatPeriod() {
        TrendsView view = open(TrendsView.class,
                "measure=kpi.ontime_rate&from=2024-Q1&to=2025-Q2&boundary=63&units=ha-giang");
        // The chart's click names the series and the point: the view maps them to unit and period.
        view.getChildren().filter(c -> c instanceof vn.cchc.ui.chart.Chart).map(c -> (vn.cchc.ui.chart.Chart) c)
                .findFirst().orElseThrow().fireClick(0, 2, "");
        assertThat(getCurrentView()).isInstanceOf(DrillDownView.class);
        assertThat(urlState().province()).isEqualTo("ha-giang");
        assertThat(urlState().period()).isEqualTo("2024-Q3");
    }
}
