package vn.cchc.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.Grain;

class ViewStateTest {

    @Test
    void everyFieldSurvivesTheUrl() {
        ViewState state = new ViewState("kpi.ontime_rate", "2025-Q3", "2024-Q1", "2025-Q4", Grain.QUARTER,
                Boundary.OLD_63, "ha-giang", "department", 12L, 345L, List.of("ha-giang", "a17"), 15);
        ViewState back = ViewState.of(QueryParameters.fromString(state.toQuery().getQueryString()));
        assertThat(back).isEqualTo(state);
    }

    @Test
    void anEmptyStateMakesAnEmptyQuery() {
        assertThat(ViewState.empty().toQuery().getQueryString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"period=2025-Q5", "period=2025'--", "agency=12abc", "agency=-1", "top=0", "top=1000",
            "boundary=64", "grain=decade", "province=<script>", "measure=kpi;drop"})
    void valuesThatDoNotParseAreDroppedNotPassedOn(String query) {
        assertThat(ViewState.of(QueryParameters.fromString(query))).isEqualTo(ViewState.empty());
    }

    @Test
    void aWarehouseOfYearlyReportsOpensOnYears() {
        List<vn.cchc.analytics.PeriodOption> periods = List.of(
                new vn.cchc.analytics.PeriodOption("2024-Q1", 2024, "Q1", null, null, 5),
                new vn.cchc.analytics.PeriodOption("2024-Y", 2024, "Y", null, null, 300),
                new vn.cchc.analytics.PeriodOption("2025-Y", 2025, "Y", null, null, 280));
        ViewState s = Defaults.resolve(ViewState.empty(), periods, null);
        assertThat(s.grainOrDefault()).isEqualTo(Grain.YEAR);
        assertThat(s.period()).isEqualTo("2025-Y");
        assertThat(s.from()).isEqualTo("2024-Y");
    }

    @Test
    void anotherBoundaryClearsTheProvinceAgencyAndReportItNamedInTheOldOne() {
        ViewState state = ViewState.empty().withProvince("ha-giang").withAgency(3L).withReport(4L);
        ViewState other = state.withBoundary(Boundary.NEW_34);
        assertThat(other.province()).isNull();
        assertThat(other.agency()).isNull();
        assertThat(other.report()).isNull();
    }

    @Test
    void defaultsAreTheLatestQuarterAndTheEightBeforeIt() {
        List<vn.cchc.analytics.PeriodOption> periods = new java.util.ArrayList<>();
        for (int y = 2023; y <= 2025; y++) {
            for (String k : List.of("Q1", "Q2", "H1", "Q3", "Q4", "Y")) {
                periods.add(new vn.cchc.analytics.PeriodOption(y + "-" + k, y, k, null, null, 1));
            }
        }
        ViewState s = Defaults.resolve(ViewState.empty(), periods, "kpi.ontime_rate");
        assertThat(s.period()).isEqualTo("2025-Q4");
        assertThat(s.to()).isEqualTo("2025-Q4");
        assertThat(s.from()).isEqualTo("2024-Q1");
        assertThat(s.measure()).isEqualTo("kpi.ontime_rate");
        ViewState linked = Defaults.resolve(ViewState.empty().withPeriod("2024-H1"), periods, null);
        assertThat(linked.period()).isEqualTo("2024-H1");
        assertThat(linked.grainOrDefault()).isEqualTo(Grain.HALF_YEAR);
        ViewState years = Defaults.resolve(ViewState.empty().withGrain(Grain.YEAR), periods, null);
        assertThat(years.period()).isEqualTo("2025-Y");
        assertThat(years.from()).isEqualTo("2023-Y");
    }
}
