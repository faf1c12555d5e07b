package vn.cchc.ui.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.cchc.analytics.AgencyOption;
import vn.cchc.ui.DashboardViewTest;
import vn.cchc.ui.drill.DrillDownView;

class HeatmapViewTest extends DashboardViewTest {

    @Test
    void hasACellForEveryAgencyAndPeriodAndMissingOnesStayEmpty() {
        HeatmapView view = open(HeatmapView.class,
                "measure=kpi.ontime_rate&from=2024-Q1&to=2025-Q4&boundary=63&province=ha-giang");
        assertThat(view.heatmap().periods()).hasSize(8);
        assertThat(view.heatmap().cells()).hasSize(view.heatmap().agencies().size() * 8);
        assertThat(view.heatmap().agencies()).extracting(AgencyOption::provinceSlug).containsOnly("ha-giang");
        // Hà Giang's own agencies filed nothing after the merger (2025-Q3 on): those cells are gaps, not 0.
        assertThat(view.heatmap().cells().stream().filter(c -> c.period().equals("2025-Q4")))
                .allMatch(c -> c.figure().value() == null);
        assertThat(view.chart().optionJson()).contains("\"-\"").doesNotContain("NaN");
    }

    @Test
    void thePivotExportHasTheHeatmapsCellsAndARatioOfSumsTotal() throws Exception {
        HeatmapView view = open(HeatmapView.class,
                "measure=kpi.ontime_rate&from=2024-Q1&to=2024-Q4&boundary=63&province=ha-giang");
        try (var workbook = vn.cchc.ui.Workbooks.written(view.exportJob())) {
            var pivot = workbook.getSheetAt(0);
            String all = vn.cchc.ui.Workbooks.text(pivot);
            assertThat(all).contains("Q1/2024").contains("Q4/2024").contains("Tổng cộng");
            assertThat(pivot.getLastRowNum()).isGreaterThanOrEqualTo(view.heatmap().agencies().size());
            // The total of the first period: Σ numerators / Σ denominators over the agencies, not a mean of rates.
            double num = 0;
            double den = 0;
            for (var cell : view.heatmap().cells()) {
                if (cell.period().equals("2024-Q1") && cell.figure().numerator() != null) {
                    num += cell.figure().numerator();
                    den += cell.figure().denominator();
                }
            }
            org.apache.poi.ss.usermodel.Row totals = null;
            for (var row : pivot) {
                for (var c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().equals("Tổng cộng")) {
                        totals = row;
                    }
                }
            }
            assertThat(totals).isNotNull();
            int firstPeriodColumn = totals.getLastCellNum() - 4;
            assertThat(totals.getCell(firstPeriodColumn).getNumericCellValue())
                    .isCloseTo(num / den, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void aClickOnACellOpensThatAgencyAtThatPeriod() {
        HeatmapView view = open(HeatmapView.class,
                "measure=kpi.ontime_rate&from=2024-Q1&to=2025-Q2&boundary=63&province=ha-giang");
        AgencyOption second = view.heatmap().agencies().get(1);
        view.chart().fireClick(0, 0, "3:1");
        assertThat(getCurrentView()).isInstanceOf(DrillDownView.class);
        assertThat(urlState().agency()).isEqualTo(second.id());
        assertThat(urlState().period()).isEqualTo("2024-Q4");
    }
}
