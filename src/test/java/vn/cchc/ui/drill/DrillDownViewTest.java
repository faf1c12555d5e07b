package vn.cchc.ui.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.analytics.DrillDownService;
import vn.cchc.analytics.ReportDetail;
import vn.cchc.ui.DashboardViewTest;

class DrillDownViewTest extends DashboardViewTest {

    @Autowired
    DrillDownService drill;

    @Test
    void walksFromTheCountryToAReportsValuesWithTheirSourceLines() throws Exception {
        open(DrillDownView.class, "measure=kpi.ontime_rate&period=2025-Q2&boundary=63");
        Grid<?> units = $(Grid.class).withClassName("cchc-drill-units").single();
        assertThat(test(units).size()).isEqualTo(63);
        int haGiang = rowOf(units, 0, "Hà Giang");
        test(units).clickRow(haGiang);
        assertThat(urlState().province()).isEqualTo("ha-giang");
        assertThat($(H2.class).withClassName("cchc-drill-title").single().getText()).isEqualTo("Hà Giang");

        units = $(Grid.class).withClassName("cchc-drill-units").single();
        assertThat(test(units).size()).isEqualTo(
                drill.province("kpi.ontime_rate", "2025-Q2", "ha-giang", vn.cchc.analytics.Boundary.OLD_63).children().size())
                .isGreaterThanOrEqualTo(3);
        test(units).clickRow(0);
        assertThat(urlState().agency()).isNotNull();

        Grid<?> reports = $(Grid.class).withClassName("cchc-drill-reports").single();
        assertThat(test(reports).size()).isPositive();
        test(reports).clickRow(0);
        Long reportId = urlState().report();
        assertThat(reportId).isNotNull();

        ReportDetail detail = drill.report(reportId).orElseThrow();
        Grid<?> values = $(Grid.class).withClassName("cchc-report-values").single();
        assertThat(test(values).size()).isEqualTo(detail.values().size()).isGreaterThan(20);
        assertThat(test(values).getCellText(0, 3)).isEqualTo(detail.values().getFirst().raw());
        assertThat(test(values).getCellText(0, 4))
                .isEqualTo(detail.report().fileName() + ":" + detail.values().getFirst().sourceLine());
        Grid<?> findings = $(Grid.class).withClassName("cchc-report-findings").single();
        assertThat(test(findings).size()).isEqualTo(detail.findings().size());

        // The export of a report's values names its source file on the filters sheet.
        try (var workbook = vn.cchc.ui.Workbooks.written(((DrillDownView) getCurrentView()).exportJob())) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(detail.values().size());
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(6).getStringCellValue())
                    .isEqualTo(detail.values().getFirst().raw());
            assertThat(vn.cchc.ui.Workbooks.text(workbook.getSheet("Bộ lọc"))).contains(detail.report().fileName());
        }
    }

    @Test
    void theNewBoundariesListThirtyFourProvincesAndAggregateMergedOnes() {
        open(DrillDownView.class, "measure=kpi.ontime_rate&period=2025-Q2&boundary=34");
        Grid<?> units = $(Grid.class).withClassName("cchc-drill-units").single();
        assertThat(test(units).size()).isEqualTo(34);
        int tuyenQuang = rowOf(units, 0, "Tuyên Quang");
        // Tuyên Quang 2025 = Tuyên Quang + Hà Giang: both filed in 2025-Q2, so it has a figure of both.
        assertThat(test(units).getCellText(tuyenQuang, 2)).matches("\\d{1,3},\\d{2} %");
        assertThat(test(units).getCellText(tuyenQuang, 3)).isNotEqualTo("0");
    }

    @Test
    void aReportThatDoesNotExistShowsAnEmptyState() {
        open(DrillDownView.class, "report=999999999");
        assertThat($(H2.class).withClassName("cchc-drill-title").single().getText()).isEqualTo("#999999999");
        assertThat($(Grid.class).withClassName("cchc-report-values").exists()).isFalse();
    }

    private int rowOf(Grid<?> grid, int column, String text) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getCellText(i, column).equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in the grid");
    }
}
