package vn.cchc.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.analytics.Boundary;
import vn.cchc.analytics.MeasureCatalog;
import vn.cchc.analytics.Ranking;
import vn.cchc.analytics.RankingRow;
import vn.cchc.analytics.RankingService;
import vn.cchc.ui.DashboardViewTest;
import vn.cchc.ui.drill.DrillDownView;
import vn.cchc.ui.overview.OverviewView;
import vn.cchc.ui.rankings.RankingsView;

/**
 * The province map on the overview, the rankings and the country drill-down, server side, against the
 * UI tests' warehouse (four 2008 provinces with reports): one area per province of the boundary,
 * coloured by the ranking service's figures, the others grey with the reason in words, a click
 * drilling into the province.
 */
class ProvinceMapViewTest extends DashboardViewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RankingService rankings;

    @Test
    void theOverviewMapsThe34WithTheRankingsFiguresAndTheRestGrey() {
        open(OverviewView.class, "period=2025-Q4&boundary=34");
        JsonNode series = series();
        assertThat(series.get("map").asString()).isEqualTo("vn-34");
        Ranking ranking = rankings.provinces(MeasureCatalog.ONTIME_RATE, "2025-Q4", Boundary.NEW_34, null);
        assertThat(ranking.rows()).isNotEmpty();
        Map<String, JsonNode> items = items(series);
        assertThat(items).hasSize(34).containsOnlyKeys(ProvinceShapes.of(Boundary.NEW_34).stream()
                .map(ProvinceShapes.Shape::code).toList());
        for (RankingRow r : ranking.rows()) {
            JsonNode item = items.get(r.key());
            assertThat(item.get("value").asDouble()).isEqualTo(Math.round(r.figure().value() * 100.0) / 100.0);
            assertThat(item.get("title").asString()).isEqualTo(r.name());
            assertThat(item.get("id").asString()).isEqualTo(r.key());
        }
        List<JsonNode> grey = items.values().stream().filter(i -> !i.get("value").isNumber()).toList();
        assertThat(grey).hasSize(34 - ranking.rows().size()).allSatisfy(i -> {
            assertThat(i.get("value").asString()).isEqualTo("-");
            assertThat(i.get("note").asString()).startsWith("chưa có số liệu");
        });
        assertThat($(ProvinceMap.class).single().isVisible()).isTrue();
        assertThat(JSON.readTree($(ProvinceMap.class).single().optionJson()).get("visualMap").get("type").asString())
                .isEqualTo("continuous");
    }

    @Test
    void the63BeforeTheMergerAndNoMapInsideAProvince() {
        open(OverviewView.class, "period=2024-Q4&boundary=63");
        assertThat(series().get("map").asString()).isEqualTo("vn-63");
        assertThat(items(series())).hasSize(63);
        assertThat(items(series()).values().stream().filter(i -> i.get("value").isNumber()).count()).isEqualTo(4);
        open(OverviewView.class, "period=2024-Q4&boundary=63&province=ha-giang");
        assertThat($(ProvinceMap.class).all()).as("no visible map").isEmpty();
    }

    @Test
    void aClickOnTheMapOpensThatProvincesDrillDown() {
        open(OverviewView.class, "period=2025-Q4");
        $(ProvinceMap.class).single().fireClick(0, 0, "cao-bang-2025");
        assertThat(getCurrentView()).isInstanceOf(DrillDownView.class);
        assertThat(urlState().province()).isEqualTo("cao-bang-2025");
        assertThat(urlState().period()).isEqualTo("2025-Q4");
    }

    @Test
    void theRankingsMapTheChosenIndicatorOfProvincesButNotOfAgencies() {
        open(RankingsView.class, "measure=kpi.ontime_rate&period=2025-Q4&boundary=34");
        assertThat($(ProvinceMap.class).single().isVisible()).isTrue();
        assertThat(items(series())).hasSize(34);
        open(RankingsView.class, "measure=kpi.ontime_rate&period=2025-Q4&boundary=34&kind=department");
        assertThat($(ProvinceMap.class).all()).as("no visible map").isEmpty();
    }

    @Test
    void theCountryDrillDownMapsItsProvincesAndAClickDrillsIn() {
        open(DrillDownView.class, "measure=kpi.ontime_rate&period=2025-Q4&boundary=34");
        assertThat($(ProvinceMap.class).single().isVisible()).isTrue();
        assertThat(items(series()).values().stream().filter(i -> i.get("value").isNumber()).count()).isGreaterThan(0);
        $(ProvinceMap.class).single().fireClick(0, 0, "tuyen-quang-2025");
        assertThat(urlState().province()).isEqualTo("tuyen-quang-2025");
        assertThat($(ProvinceMap.class).all()).as("no visible map").isEmpty();
    }

    private JsonNode series() {
        return JSON.readTree($(ProvinceMap.class).single().optionJson()).get("series").get(0);
    }

    private static Map<String, JsonNode> items(JsonNode series) {
        Map<String, JsonNode> out = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (JsonNode item : series.get("data")) {
            out.put(item.get("name").asString(), item);
            names.add(item.get("name").asString());
        }
        assertThat(names).doesNotHaveDuplicates();
        return out;
    }
}
