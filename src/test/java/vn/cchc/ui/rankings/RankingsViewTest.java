package vn.cchc.ui.rankings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.MeasureCatalog;
import vn.cchc.analytics.Ranking;
import vn.cchc.analytics.RankingService;
import vn.cchc.ui.DashboardViewTest;
import vn.cchc.ui.drill.DrillDownView;
import vn.cchc.ui.i18n.Numbers;

class RankingsViewTest extends DashboardViewTest {

    @Autowired
    RankingService rankings;

    @Test
    void ranksTheProvincesWithFiguresAndListsTheOthersApart() {
        RankingsView view = open(RankingsView.class, "measure=kpi.ontime_rate&period=2025-Q4&boundary=34");
        Ranking expected = rankings.provinces(MeasureCatalog.ONTIME_RATE, "2025-Q4", Boundary.NEW_34, null);
        Grid<?> table = $(Grid.class).withClassName("cchc-ranking-table").single();
        Grid<?> apart = $(Grid.class).withClassName("cchc-unranked-table").single();
        assertThat(test(table).size()).isEqualTo(expected.rows().size()).isBetween(1, 3);
        assertThat(test(apart).size()).isEqualTo(34 - expected.rows().size());
        assertThat(test(table).getCellText(0, 1)).isEqualTo(expected.rows().getFirst().name());
        assertThat(test(table).getCellText(0, 2))
                .isEqualTo(Numbers.percent(expected.rows().getFirst().figure().value(), Locale.of("vi", "VN")));
        assertThat(test(apart).getCellText(0, 1)).isEqualTo("Chưa báo cáo kỳ này");
        assertThat(view.ranking().rows()).isEqualTo(expected.rows());
    }

    @Test
    void underTheOldBoundariesAfterTheMergerMergedProvincesAreSaidToBeMerged() {
        open(RankingsView.class, "measure=kpi.ontime_rate&period=2025-Q4&boundary=63");
        Grid<?> apart = $(Grid.class).withClassName("cchc-unranked-table").single();
        boolean merged = false;
        for (int i = 0; i < test(apart).size(); i++) {
            merged |= test(apart).getCellText(i, 1).startsWith("Đã hợp nhất");
        }
        assertThat(merged).isTrue();
    }

    @Test
    void changingThePeriodChangesTheRankingAndTheUrl() {
        open(RankingsView.class, "measure=kpi.ontime_rate&period=2025-Q4&boundary=34");
        Select<?> period = $(Select.class).withLabel("Kỳ báo cáo").single();
        test(period).selectItem("Q2/2026");
        assertThat(location()).startsWith("rankings").contains("period=2026-Q2").contains("measure=kpi.ontime_rate");
        RankingsView view = (RankingsView) getCurrentView();
        assertThat(view.ranking().period()).isEqualTo("2026-Q2");
        assertThat(view.ranking().rows())
                .isEqualTo(rankings.provinces(MeasureCatalog.ONTIME_RATE, "2026-Q2", Boundary.NEW_34, null).rows());
    }

    @Test
    void theExportIsTheRankingOnScreenWithTypedCellsAndItsFilters() throws Exception {
        RankingsView view = open(RankingsView.class, "measure=kpi.ontime_rate&period=2025-Q4&boundary=34");
        Ranking shown = view.ranking();
        try (var workbook = vn.cchc.ui.Workbooks.written(view.exportJob())) {
            var data = workbook.getSheetAt(0);
            assertThat(data.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            var first = data.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(shown.rows().getFirst().name());
            assertThat(first.getCell(2).getNumericCellValue())
                    .isCloseTo(shown.rows().getFirst().figure().value() / 100, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).contains("0.00").contains("%");
            assertThat(data.getLastRowNum()).isEqualTo(34);
            // A unit without a figure: its value cell stays empty, never 0.
            var apart = data.getRow(shown.rows().size() + 1);
            assertThat(apart.getCell(2) == null || apart.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK)
                    .isTrue();
            String filters = vn.cchc.ui.Workbooks.text(workbook.getSheet("Bộ lọc"));
            assertThat(filters).contains("Q4/2025").contains("34 tỉnh (từ 7/2025)").contains("chuyen.vien");
        }
    }

    @Test
    void theUrlStateRoundTrips() {
        open(RankingsView.class, "measure=tthc.ontime_rate.dept&grain=quarter&period=2026-Q1&boundary=34&top=5");
        assertThat(urlState().measure()).isEqualTo("tthc.ontime_rate.dept");
        assertThat(urlState().top()).isEqualTo(5);
        RankingsView view = (RankingsView) getCurrentView();
        assertThat(view.ranking().measure().id()).isEqualTo("tthc.ontime_rate.dept");
    }

    @Test
    void aClickOnABarOpensTheDrillDownOfThatProvince() {
        RankingsView view = open(RankingsView.class, "measure=kpi.ontime_rate&period=2025-Q4&boundary=34");
        String key = view.ranking().rows().getFirst().key();
        view.topChart().fireClick(0, 0, key);
        assertThat(getCurrentView()).isInstanceOf(DrillDownView.class);
        assertThat(urlState().province()).isEqualTo(key);
    }

    @Test
    void inEnglishTheTextsAndNumbersAreEnglish() {
        vn.cchc.ui.i18n.LanguageInitializer.choose(com.vaadin.flow.server.VaadinSession.getCurrent(), Locale.ENGLISH);
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.ENGLISH);
        open(RankingsView.class, "measure=kpi.ontime_rate&period=2025-Q4&boundary=34");
        assertThat($(com.vaadin.flow.component.html.H2.class).first().getText()).isEqualTo("Rankings");
        Grid<?> table = $(Grid.class).withClassName("cchc-ranking-table").single();
        assertThat(test(table).getCellText(0, 2)).matches("\\d{1,3}\\.\\d{2} %");
        Grid<?> apart = $(Grid.class).withClassName("cchc-unranked-table").single();
        assertThat(test(apart).getCellText(0, 1)).isEqualTo("No report for this period");
    }

    @Test
    void anUnknownIndicatorInTheUrlShowsAnEmptyStateNotAnError() {
        RankingsView view = open(RankingsView.class, "measure=no.such.indicator&period=2025-Q4");
        assertThat(view.ranking()).isNull();
        Grid<?> table = $(Grid.class).withClassName("cchc-ranking-table").single();
        assertThat(test(table).size()).isZero();
    }

    @Test
    void theTableAndItsExportListUnitsInVietnameseOrder() throws Exception {
        // Issue 12's example: "Cà Mau, Cao Bằng, Cần Thơ … Hà Nội, Hà Tĩnh, Hải Phòng, Huế, Hưng Yên", never byte order.
        java.util.List<String> example = java.util.List.of("Cà Mau", "Cao Bằng", "Cần Thơ", "Hà Nội", "Hà Tĩnh", "Hải Phòng",
                "Huế", "Hưng Yên");
        RankingsView view = open(RankingsView.class, "measure=kpi.ontime_rate&period=2025-Q4&boundary=34");
        Grid<?> apart = $(Grid.class).withClassName("cchc-unranked-table").single();
        java.util.List<String> onScreen = new java.util.ArrayList<>();
        for (int i = 0; i < test(apart).size(); i++) {
            onScreen.add(test(apart).getCellText(i, 0));
        }
        java.util.List<String> expected = example.stream()
                .filter(n -> view.ranking().rows().stream().noneMatch(r -> r.name().equals(n))).toList();
        assertThat(onScreen.stream().filter(example::contains).toList()).hasSizeGreaterThan(5).isEqualTo(expected);
        assertThat(onScreen).isSortedAccordingTo(vn.cchc.catalog.VietnameseOrder.NAMES);
        assertThat(onScreen).isNotEqualTo(onScreen.stream().sorted().toList());

        try (var workbook = vn.cchc.ui.Workbooks.written(view.exportJob())) {
            var data = workbook.getSheetAt(0);
            java.util.List<String> exported = new java.util.ArrayList<>();
            for (int r = view.ranking().rows().size() + 1; r <= data.getLastRowNum(); r++) {
                exported.add(data.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(exported).isEqualTo(onScreen);
        }
    }
}
