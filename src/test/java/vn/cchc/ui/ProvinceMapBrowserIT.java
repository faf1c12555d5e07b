package vn.cchc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The province map in a real headless Chromium against the packaged jar, on the UI tests' warehouse
 * (four 2008 provinces with reports, the rest without): drawn on the overview for the 34 and the 63
 * (screenshots of each into src/docs/screenshots/), provinces without a figure grey and saying so,
 * a real click on a coloured province drilling into it; then the overview and the rankings at a
 * phone's 390 × 844: no sideways overflow, the headline figures in the first screen, the filters
 * folded into a summary that opens on a tap.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProvinceMapBrowserIT {

    static final Path WORK = Path.of("target", "e2e-map");
    static final Path DOCS = Path.of("src", "docs", "screenshots");
    static final String MAP = "cchc-chart.cchc-province-map";
    static RunningApp app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Path warehouse = RunningApp.freshWarehouseIn(WORK);
        Files.copy(UiTestWarehouse.path(), warehouse, StandardCopyOption.REPLACE_EXISTING);
        app = RunningApp.start(warehouse, Duration.ofSeconds(180));
        browser = Browser.headless(WORK.resolve("downloads"));
        browser.signIn(app.url("/login"), "admin", TestAccounts.ADMIN_PASSWORD);
        browser.await(".cchc-kpi-card");
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeBoth(browser, app);
    }

    @Test
    @Order(1)
    void theOverviewDrawsThe34WithTheProvincesWithoutAFigureGrey() throws Exception {
        browser.open(app.url("/?boundary=34"));
        Map<String, Object> drawn = awaitMap("vn-34");
        assertThat(drawn.get("areas")).isEqualTo(34L);
        assertThat((Long) drawn.get("coloured")).isBetween(1L, 33L);
        assertThat((String) drawn.get("greyTooltip")).contains("chưa có số liệu");
        assertThat((String) drawn.get("colouredTooltip")).matches(".+: \\d{1,3},\\d{2} %");
        assertThat((Long) drawn.get("legends")).isEqualTo(1L);
        scrollMapIntoView();
        browser.screenshot(DOCS.resolve("map-34.png"));
    }

    @Test
    @Order(2)
    void theOverviewDrawsThe63ForAPeriodBeforeTheMerger() throws Exception {
        browser.open(app.url("/?boundary=63&period=2024-Q4"));
        Map<String, Object> drawn = awaitMap("vn-63");
        assertThat(drawn.get("areas")).isEqualTo(63L);
        assertThat((Long) drawn.get("coloured")).isBetween(1L, 62L);
        assertThat((String) drawn.get("greyTooltip")).contains("chưa có số liệu");
        scrollMapIntoView();
        browser.screenshot(DOCS.resolve("map-63.png"));
    }

    @Test
    @Order(3)
    void aClickOnAProvinceDrillsIntoIt() {
        browser.open(app.url("/?boundary=34"));
        awaitMap("vn-34");
        WebElement map = browser.awaitChart(MAP);
        // Where a coloured province lies, asked of the chart (its region's centre, in viewport pixels,
        // the map scrolled to the top); then a real mouse click there.
        @SuppressWarnings("unchecked")
        List<Object> target = (List<Object>) browser.script("""
                const el = arguments[0];
                el.scrollIntoView({block: 'start'});
                const chart = el._chart;
                const data = chart.getOption().series[0].data;
                const item = data.find(d => typeof d.value === 'number' && d.id);
                const geo = chart.getModel().getSeriesByIndex(0).coordinateSystem;
                const region = geo.getRegion(item.name);
                const p = geo.dataToPoint(region.getCenter());
                const r = el.getBoundingClientRect();
                return [r.left + p[0], r.top + p[1], item.id, item.title];
                """, map);
        new Actions(browser.driver()).moveToLocation((int) Math.round(((Number) target.get(0)).doubleValue()),
                (int) Math.round(((Number) target.get(1)).doubleValue())).click().perform();
        browser.awaitUrlContaining("/drill");
        browser.awaitUrlContaining("province=" + target.get(2));
        browser.awaitText("h2.cchc-drill-title", (String) target.get(3));
    }

    private static void scrollMapIntoView() throws InterruptedException {
        browser.script("document.querySelector('" + MAP + "').scrollIntoView({block: 'center'});");
        Thread.sleep(300);
    }

    /** Waits for the map to be drawn with the named boundaries; what it shows, read from the chart. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> awaitMap(String mapName) {
        browser.awaitChart(MAP);
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            Object result = browser.script("""
                    const el = document.querySelector(arguments[0]);
                    const chart = el && el._chart;
                    const option = chart && chart.getOption();
                    if (!option || !option.series || !option.series.length || option.series[0].map !== arguments[1]) {
                      return null;
                    }
                    const series = option.series[0];
                    const data = series.data;
                    const grey = data.find(x => typeof x.value !== 'number');
                    const coloured = data.find(x => typeof x.value === 'number');
                    const tooltip = option.tooltip[0].formatter;
                    return {
                      areas: data.length,
                      coloured: data.filter(x => typeof x.value === 'number').length,
                      legends: (option.visualMap || []).length,
                      greyTooltip: grey ? tooltip({data: grey, value: NaN, name: grey.name}) : '',
                      colouredTooltip: coloured ? tooltip({data: coloured, value: coloured.value, name: coloured.name}) : '',
                    };
                    """, MAP, mapName);
            return (Map<String, Object>) result;
        });
    }
}
