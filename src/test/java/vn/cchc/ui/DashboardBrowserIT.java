package vn.cchc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The dashboard in a real headless Chromium against the packaged jar, started as a new user starts
 * it: no warehouse yet, so it builds the bundled sample history. Opens the overview, clicks a
 * ranking bar, lands on that province's drill-down, reloads and sees the same view, goes back; and
 * saves a screenshot of every view under target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    static final Path WORK = Path.of("target", "e2e");
    static final Path SHOTS = Path.of("target", "screenshots");
    static RunningApp app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(WORK);
        Path warehouse = WORK.resolve("cchc.duckdb");
        Files.deleteIfExists(warehouse);
        Files.deleteIfExists(WORK.resolve("cchc.duckdb.wal"));
        Files.deleteIfExists(RunningApp.accountsBeside(warehouse));
        // The browser is open before the app starts, as a user's is.
        browser = Browser.headless(WORK.resolve("downloads"));
        long t0 = System.nanoTime();
        app = RunningApp.start(warehouse, Duration.ofSeconds(180));
        double up = (System.nanoTime() - t0) / 1e9;
        browser.signIn(app.url("/login"), "admin", TestAccounts.ADMIN_PASSWORD);
        double formSent = (System.nanoTime() - t0) / 1e9;
        browser.await(".cchc-kpi-card");
        browser.awaitChart("cchc-chart.cchc-overview-ranking");
        // The first-start figure the README records (a measurement, not a timed test): a missing
        // warehouse file, the sample unpacked, signed in, the overview's first chart drawn.
        System.out.printf(java.util.Locale.ROOT, "FIRST START (%s): java -jar to answering %.1f s; sign-in form sent %.1f s;"
                + " to the first chart %.1f s (load average %s)%n", RunningApp.Launch.fastest(), up, formSent,
                (System.nanoTime() - t0) / 1e9,
                Files.readString(Path.of("/proc/loadavg")).trim());
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeBoth(browser, app);
    }

    @Test
    @Order(1)
    void theOverviewShowsTheHeadlineCardsAndARankingBarOpensThatProvince() throws Exception {
        browser.open(app.url("/"));
        browser.await(".cchc-kpi-card");
        List<WebElement> values = browser.driver().findElements(org.openqa.selenium.By.cssSelector(".cchc-kpi-value"));
        assertThat(values).hasSize(3);
        assertThat(values.getFirst().getText()).matches("\\d{1,3},\\d{2} %");
        WebElement ranking = browser.awaitChart("cchc-chart.cchc-overview-ranking");
        browser.awaitChart("cchc-chart.cchc-overview-trend");
        browser.screenshot(SHOTS.resolve("overview.png"));

        // Where the first bar is drawn, asked of the chart itself (in viewport pixels, the chart
        // scrolled to the top); then a real mouse click there.
        @SuppressWarnings("unchecked")
        List<Object> bar = (List<Object>) browser.script("""
                const el = arguments[0];
                el.scrollIntoView({block: 'start'});
                const chart = el._chart;
                const item = chart.getOption().series[0].data[0];
                const p = chart.convertToPixel({seriesIndex: 0}, [item.value / 2, 0]);
                const r = el.getBoundingClientRect();
                return [r.left + p[0], r.top + p[1], item.id, item.name];
                """, ranking);
        int x = (int) Math.round(((Number) bar.get(0)).doubleValue());
        int y = (int) Math.round(((Number) bar.get(1)).doubleValue());
        String slug = (String) bar.get(2);
        String name = (String) bar.get(3);
        new Actions(browser.driver()).moveToLocation(x, y).click().perform();

        browser.awaitUrlContaining("/drill");
        browser.awaitUrlContaining("province=" + slug);
        browser.awaitText("h2.cchc-drill-title", name);
        browser.await(".cchc-drill-units");
        browser.screenshot(SHOTS.resolve("drill-province.png"));

        String url = browser.driver().getCurrentUrl();
        browser.driver().navigate().refresh();
        browser.awaitText("h2.cchc-drill-title", name);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(url);

        browser.driver().navigate().back();
        browser.await(".cchc-kpi-card");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("/drill");
        browser.driver().navigate().forward();
        browser.awaitText("h2.cchc-drill-title", name);
    }

    @Test
    @Order(3)
    void theExportButtonDownloadsTheRankingAsAWorkbook() throws Exception {
        browser.open(app.url("/rankings?measure=kpi.ontime_rate&boundary=34"));
        browser.await(".cchc-ranking-table");
        browser.clearDownloads();
        browser.await("a.cchc-export").click();
        Path downloaded = browser.awaitDownload(".xlsx", Duration.ofSeconds(60));
        assertThat(downloaded.getFileName().toString()).startsWith("cchc-xep-hang-").endsWith(".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(downloaded.toFile())) {
            var data = workbook.getSheetAt(0);
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Hạng");
            assertThat(data.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(data.getLastRowNum()).isEqualTo(34);
            assertThat(workbook.getSheet("Bộ lọc")).isNotNull();
        }
    }

    @Test
    @Order(2)
    void everyViewRendersAndIsPhotographed() throws Exception {
        browser.open(app.url("/rankings"));
        browser.awaitChart("cchc-chart.cchc-ranking-top");
        browser.await(".cchc-ranking-table");
        browser.screenshot(SHOTS.resolve("rankings.png"));

        browser.open(app.url("/trends"));
        browser.awaitChart("cchc-chart.cchc-trend-chart");
        browser.screenshot(SHOTS.resolve("trends.png"));
        // The chart saves itself as a PNG in the browser.
        browser.clearDownloads();
        browser.await("vaadin-button.cchc-export-png").click();
        Path png = browser.awaitDownload(".png", Duration.ofSeconds(30));
        byte[] head = Files.readAllBytes(png);
        assertThat(head.length).isGreaterThan(1000);
        assertThat(new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");

        browser.open(app.url("/heatmap"));
        browser.awaitChart("cchc-chart.cchc-heatmap");
        browser.screenshot(SHOTS.resolve("heatmap.png"));

        browser.open(app.url("/quality"));
        browser.await(".cchc-quality-completeness");
        browser.screenshot(SHOTS.resolve("quality.png"));

        browser.open(app.url("/drill"));
        browser.await(".cchc-drill-units");
        browser.screenshot(SHOTS.resolve("drill-country.png"));
        for (String shot : List.of("overview", "rankings", "trends", "heatmap", "quality", "drill-country")) {
            assertThat(SHOTS.resolve(shot + ".png")).isNotEmptyFile();
        }
    }
}
