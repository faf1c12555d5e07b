package vn.cchc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone (390 × 844 CSS pixels, a phone's user agent, touch) in a real headless Chromium
 * against the packaged jar, on the UI tests' warehouse: the layout stylesheet is served; on the
 * overview the three headline cards lie in the first screen, the filter fields are folded behind
 * their summary line, which opens them on a tap, and a changed filter is applied; the title keeps to
 * one line; no view scrolls sideways and no chart is wider than the screen; the map's two
 * archipelago labels, as ECharts drew them, lie inside the chart. Screenshots of the overview, the
 * map and the rankings go to src/docs/screenshots/ (shown in the README).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhoneLayoutBrowserIT {

    static final Path WORK = Path.of("target", "e2e-phone");
    static final Path DOCS = Path.of("src", "docs", "screenshots");
    static final int WIDTH = 390;
    static final int HEIGHT = 844;
    static final String PHONE_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
    static RunningApp app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Path warehouse = RunningApp.freshWarehouseIn(WORK);
        Files.copy(UiTestWarehouse.path(), warehouse, StandardCopyOption.REPLACE_EXISTING);
        app = RunningApp.start(warehouse, Duration.ofSeconds(180));
        browser = Browser.headless(WORK.resolve("downloads"));
        HasCdp cdp = (HasCdp) browser.driver();
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        cdp.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", PHONE_AGENT));
        cdp.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        browser.signIn(app.url("/login"), "admin", TestAccounts.ADMIN_PASSWORD);
        browser.await(".cchc-kpi-card");
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeBoth(browser, app);
    }

    @Test
    @Order(1)
    void theLayoutStylesheetIsServedToEveryone() throws Exception {
        // Linked from every page, the sign-in page included; it was refused (403, or a redirect to /login).
        HttpResponse<String> css = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(app.url("/styles/cchc-layout.css"))).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.body()).contains(".cchc-filter-bar");
        assertThat((Boolean) browser.script("""
                return [...document.styleSheets].some(s => (s.href || '').includes('styles/cchc-layout.css')
                    && s.cssRules.length > 0);""")).as("the stylesheet is loaded into the page").isTrue();
    }

    @Test
    @Order(2)
    void theOverviewShowsTheThreeHeadlineFiguresInTheFirstScreenWithTheFiltersFolded() throws Exception {
        browser.open(app.url("/?boundary=34"));
        browser.await(".cchc-kpi-card");
        awaitCharts();
        assertThat(innerWidth()).isEqualTo(WIDTH);
        assertThat(innerHeight()).isEqualTo(HEIGHT);
        browser.script("window.scrollTo(0, 0);");
        @SuppressWarnings("unchecked")
        List<Number> bottoms = (List<Number>) browser.script(
                "return [...document.querySelectorAll('.cchc-kpi-card')].map(c => c.getBoundingClientRect().bottom);");
        assertThat(bottoms).hasSize(3);
        for (Number bottom : bottoms) {
            assertThat(bottom.doubleValue()).as("a headline card's bottom edge, in the first %d px", HEIGHT)
                    .isLessThanOrEqualTo(HEIGHT);
        }
        assertThat(browser.await(".cchc-filter-summary").getText()).startsWith("Bộ lọc:");
        assertThat(visibleFields()).as("filter fields shown while folded").isZero();
        assertTitleOnOneLine();
        assertNoSidewaysOverflow("/");
        browser.screenshot(DOCS.resolve("phone-overview.png"));
    }

    @Test
    @Order(3)
    void theMapNamesBothArchipelagosInsideItsBounds() throws Exception {
        browser.open(app.url("/?boundary=34"));
        browser.await(".cchc-kpi-card");
        awaitCharts();
        browser.script("document.querySelector('cchc-chart.cchc-province-map').scrollIntoView({block: 'center'});");
        // The labels as drawn: ECharts' own text elements, their boxes in the chart's pixels.
        @SuppressWarnings("unchecked")
        Map<String, Object> drawn = (Map<String, Object>) new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
                browser.script("""
                        const chart = document.querySelector('cchc-chart.cchc-province-map')._chart;
                        const names = chart.getOption().series[0].markPoint.data.map(p => p.name);
                        // A label is drawn as one span per line: each span's box, joined under its label.
                        const flat = t => String(t).replace(/\\s+/g, ' ').trim();
                        const boxes = new Map();
                        for (const span of chart.getZr().storage.getDisplayList(true)) {
                          const owner = [span, span.parent].find(e => e && e.style && e.style.text != null
                              && names.includes(flat(e.style.text)));
                          if (!owner) continue;
                          const r = span.getBoundingRect().clone();
                          if (span.transform) r.applyTransform(span.transform);
                          const text = flat(owner.style.text);
                          const b = boxes.get(text) || {text, left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity};
                          boxes.set(text, {text, left: Math.min(b.left, r.x), top: Math.min(b.top, r.y),
                              right: Math.max(b.right, r.x + r.width), bottom: Math.max(b.bottom, r.y + r.height)});
                        }
                        const labels = [...boxes.values()];
                        return labels.length === names.length ? {width: chart.getWidth(), height: chart.getHeight(), labels} : null;
                        """));
        double width = ((Number) drawn.get("width")).doubleValue();
        double height = ((Number) drawn.get("height")).doubleValue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> labels = (List<Map<String, Object>>) drawn.get("labels");
        assertThat(labels).extracting(l -> (String) l.get("text")).containsExactlyInAnyOrder(
                "QĐ. Hoàng Sa (Đà Nẵng)", "QĐ. Trường Sa (Khánh Hòa)");
        for (Map<String, Object> label : labels) {
            System.out.printf("PHONE map label %s: %.0f–%.0f × %.0f–%.0f px in a %.0f × %.0f chart%n", label.get("text"),
                    ((Number) label.get("left")).doubleValue(), ((Number) label.get("right")).doubleValue(),
                    ((Number) label.get("top")).doubleValue(), ((Number) label.get("bottom")).doubleValue(), width, height);
            assertThat(((Number) label.get("left")).doubleValue()).as("left edge of %s", label.get("text")).isGreaterThanOrEqualTo(0);
            assertThat(((Number) label.get("right")).doubleValue()).as("right edge of %s", label.get("text")).isLessThanOrEqualTo(width);
            assertThat(((Number) label.get("top")).doubleValue()).as("top edge of %s", label.get("text")).isGreaterThanOrEqualTo(0);
            assertThat(((Number) label.get("bottom")).doubleValue()).as("bottom edge of %s", label.get("text")).isLessThanOrEqualTo(height);
        }
        Thread.sleep(300);
        browser.screenshot(DOCS.resolve("phone-map.png"));
    }

    @Test
    @Order(4)
    void aTapOnTheSummaryShowsTheFieldsAndAChangedFilterApplies() {
        browser.open(app.url("/?boundary=34"));
        browser.await(".cchc-kpi-card");
        WebElement summary = browser.await(".cchc-filter-summary");
        assertThat(summary.getAttribute("aria-expanded")).isEqualTo("false");
        summary.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> visibleFields() >= 4);
        assertThat(summary.getAttribute("aria-expanded")).isEqualTo("true");
        assertNoSidewaysOverflow("/ (filters open)");

        // The boundary: the 63 provinces, a real tap on its radio button.
        WebElement old63 = browser.driver().findElements(By.cssSelector(".cchc-filter-bar vaadin-radio-button")).get(1);
        old63.click();
        browser.awaitUrlContaining("boundary=63");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> summaryText().contains("63"));
        browser.await(".cchc-kpi-card");
        assertNoSidewaysOverflow("/?boundary=63");
    }

    @Test
    @Order(5)
    void noViewScrollsSidewaysAndEveryChartFitsTheWidth() throws Exception {
        Map<String, String> views = new java.util.LinkedHashMap<>();
        views.put("/", ".cchc-kpi-card");
        views.put("/rankings", ".cchc-ranking-table");
        views.put("/trends", "cchc-chart.cchc-trend-chart");
        views.put("/drill", ".cchc-drill-units");
        views.put("/heatmap", "cchc-chart.cchc-heatmap");
        views.put("/quality", ".cchc-quality-completeness");
        for (Map.Entry<String, String> view : views.entrySet()) {
            browser.open(app.url(view.getKey()));
            browser.await(view.getValue());
            long charts = awaitCharts();
            assertThat(visibleFields()).as("filter fields shown while folded on %s", view.getKey()).isZero();
            assertTitleOnOneLine();
            assertNoSidewaysOverflow(view.getKey());
            @SuppressWarnings("unchecked")
            List<Number> widths = (List<Number>) browser.script("""
                    return [...document.querySelectorAll('cchc-chart')].filter(c => c.offsetParent)
                        .map(c => Math.max(c.getBoundingClientRect().right, c.getBoundingClientRect().width));""");
            assertThat(widths).as("charts on %s", view.getKey()).hasSize((int) charts);
            for (Number w : widths) {
                assertThat(w.doubleValue()).as("a chart's right edge on %s", view.getKey()).isLessThanOrEqualTo(WIDTH);
            }
            System.out.printf("PHONE %s: scrollWidth %d of %d, %d charts, widest %.0f px%n", view.getKey(),
                    scrollWidth(), innerWidth(), charts, widths.stream().mapToDouble(Number::doubleValue).max().orElse(0));
            if (view.getKey().equals("/rankings")) {
                browser.script("window.scrollTo(0, 0);");
                browser.screenshot(DOCS.resolve("phone-rankings.png"));
            }
        }
    }

    @Test
    @Order(6)
    void theMenuAndTheLanguageAreBehindTheMenuButtonAndSignOutIsAnIcon() {
        browser.open(app.url("/rankings"));
        browser.await(".cchc-ranking-table");
        assertThat(browser.driver().findElement(By.cssSelector(".cchc-navbar-language")).isDisplayed()).isFalse();
        WebElement signOut = browser.await(".cchc-sign-out");
        assertThat(signOut.getAttribute("aria-label")).isEqualTo("Đăng xuất");
        assertThat(((Number) browser.script("return arguments[0].getBoundingClientRect().right;", signOut)).doubleValue())
                .isLessThanOrEqualTo(WIDTH);
        browser.await("vaadin-drawer-toggle").click();
        WebElement language = browser.await(".cchc-drawer-language");
        assertThat(browser.await("vaadin-side-nav-item").isDisplayed()).isTrue();
        assertThat(((Number) browser.script("return arguments[0].getBoundingClientRect().right;", language)).doubleValue())
                .isLessThanOrEqualTo(WIDTH);
        assertNoSidewaysOverflow("/rankings (menu open)");
    }

    @Test
    @Order(7)
    void aTapOnTheSignOutIconSignsOut() {
        browser.open(app.url("/"));
        browser.await(".cchc-kpi-card");
        browser.await(".cchc-sign-out").click();
        browser.awaitUrlContaining("/login");
        browser.open(app.url("/"));
        browser.awaitUrlContaining("/login");
    }

    /** Waits until every shown chart has drawn; how many there are. */
    private static long awaitCharts() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            Number[] counts = ((List<?>) browser.script("""
                    const shown = [...document.querySelectorAll('cchc-chart')].filter(c => c.offsetParent);
                    return [shown.length, shown.filter(c => c.hasAttribute('data-rendered')).length];"""))
                    .stream().map(Number.class::cast).toArray(Number[]::new);
            return counts[0].longValue() == counts[1].longValue() ? counts[0].longValue() : null;
        });
    }

    /** The filter row's fields (not its summary) that take up space on the page. */
    private static long visibleFields() {
        return ((Number) browser.script("""
                return [...document.querySelectorAll('.cchc-filter-bar > :not(.cchc-filter-summary)')]
                    .filter(f => f.getBoundingClientRect().height > 0).length;""")).longValue();
    }

    private static String summaryText() {
        return browser.await(".cchc-filter-summary").getText();
    }

    /** The app's title in the navbar is no taller than one line of its own text. */
    private static void assertTitleOnOneLine() {
        @SuppressWarnings("unchecked")
        Map<String, Object> title = (Map<String, Object>) browser.script("""
                const t = document.querySelector('.cchc-app-title');
                const s = getComputedStyle(t);
                const line = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.25;
                return {height: t.getBoundingClientRect().height, line: line, right: t.getBoundingClientRect().right,
                        cut: t.scrollWidth > t.clientWidth, text: t.innerText};""");
        assertThat(((Number) title.get("height")).doubleValue()).as("the title's height (one line: %s px)", title.get("line"))
                .isLessThanOrEqualTo(((Number) title.get("line")).doubleValue() * 1.2);
        assertThat(((Number) title.get("right")).doubleValue()).isLessThanOrEqualTo(WIDTH);
        // Not one line by being cut to "Th…": the phone's short title is shown whole.
        assertThat(title.get("text")).isEqualTo("Thống kê CCHC");
        assertThat(title.get("cut")).as("the title cut short").isEqualTo(false);
    }

    private static void assertNoSidewaysOverflow(String where) {
        assertThat(scrollWidth()).as("document.documentElement.scrollWidth <= innerWidth on %s", where)
                .isLessThanOrEqualTo(innerWidth());
    }

    private static long scrollWidth() {
        return ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
    }

    private static long innerWidth() {
        return ((Number) browser.script("return window.innerWidth;")).longValue();
    }

    private static long innerHeight() {
        return ((Number) browser.script("return window.innerHeight;")).longValue();
    }
}
