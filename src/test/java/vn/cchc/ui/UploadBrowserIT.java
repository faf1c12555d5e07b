package vn.cchc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.NewAccount;
import vn.cchc.security.Role;
import vn.cchc.warehouse.SeedReports;
import vn.cchc.warehouse.Warehouse;

/**
 * Upload end to end in a real headless Chromium against the packaged jar, on an empty warehouse: an
 * importer signs in, sends two seed reports through the page's file input, reads them, corrects one
 * report's period in its preview, confirms, and sees both provinces on the overview of that period —
 * the app never restarted. Saves the preview as target/screenshots/upload-preview.png.
 */
class UploadBrowserIT {

    static final Path WORK = Path.of("target", "e2e-upload");
    static final String IMPORTER = "lan.importer";
    static final String PASSWORD = "nhap-bao-cao-2026";
    /** Tuyên Quang, 2021-Q1 as filed; corrected to Thanh Hóa's period so both are on one overview. */
    static final String TUYEN_QUANG = "000_325df2895e38e3a8.txt";
    static final String THANH_HOA = "004_197f7b6bb391846f.txt";
    static final String PERIOD = "2023-Q1";
    static RunningApp app;
    static Browser browser;
    static Path seeds;

    @BeforeAll
    static void start() throws Exception {
        Path warehouse = RunningApp.freshWarehouseIn(WORK);
        // An existing, empty warehouse: no sample history, so what the overview shows is what was uploaded.
        Warehouse.open(warehouse).close();
        try (AccountDatabase db = AccountStore.open(RunningApp.accountsBeside(warehouse))) {
            AccountStore.on(db).add(new NewAccount(IMPORTER, null, Role.IMPORTER, true, Set.of()), PASSWORD.toCharArray(),
                    false, new Actor("setup", "local"));
        }
        seeds = SeedReports.copyTo(WORK.resolve("seeds"));
        app = RunningApp.start(warehouse, Duration.ofSeconds(180));
        browser = Browser.headless(WORK.resolve("downloads"));
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeBoth(browser, app);
    }

    @Test
    void uploadCorrectAPeriodConfirmAndSeeThemOnTheOverview() throws Exception {
        browser.signIn(app.url("/login"), IMPORTER, PASSWORD);
        browser.await("vaadin-side-nav");
        browser.open(app.url("/upload"));
        browser.await("vaadin-upload.cchc-upload");
        WebElement input = (WebElement) browser.script("const up = document.querySelector('vaadin-upload.cchc-upload');"
                + "return up.querySelector('input[type=file]') || up.shadowRoot.querySelector('input[type=file]');");
        input.sendKeys(seeds.resolve(TUYEN_QUANG).toAbsolutePath() + "\n" + seeds.resolve(THANH_HOA).toAbsolutePath());

        wait(Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector(".cchc-upload-file")).size() == 2);
        browser.await("vaadin-button.cchc-upload-read:not([disabled])").click();
        wait(Duration.ofSeconds(120)).until(d -> d.findElements(By.cssSelector("vaadin-details.cchc-preview")).size() == 2);
        browser.awaitText(".cchc-upload-overall-text", "Đã đọc xong");

        WebElement card = previewOf(TUYEN_QUANG);
        assertThat(card.findElement(By.cssSelector(".cchc-preview-outcome")).getText()).contains("2021-Q1");
        browser.script("arguments[0].opened = true;", card);
        WebElement period = card.findElement(By.cssSelector("vaadin-text-field.cchc-correct-period input"));
        wait(Duration.ofSeconds(10)).until(d -> period.isDisplayed());
        period.sendKeys(PERIOD, org.openqa.selenium.Keys.TAB);
        card.findElement(By.cssSelector("vaadin-button.cchc-correct-apply")).click();
        try {
            // The period's row now says who set it (the grid's cells are in the page's own DOM).
            wait(Duration.ofSeconds(30)).until(d -> String.valueOf(browser.script("return arguments[0].innerText;",
                    previewOf(TUYEN_QUANG))).contains("set by " + IMPORTER + " at "));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot(Path.of("target", "screenshots", "upload-failed.png"));
            throw new AssertionError("the correction did not show; the page:\n"
                    + browser.script("return document.body.innerText;"), e);
        }
        browser.script("arguments[0].scrollIntoView(); window.scrollBy(0, -80);", previewOf(TUYEN_QUANG));
        browser.screenshot(Path.of("target", "screenshots", "upload-preview.png"));

        // A script's click: the button is below the long preview, under the drawer's edge at this size.
        browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                browser.await("vaadin-button.cchc-upload-confirm"));
        browser.awaitText(".cchc-upload-counts", "Đã nạp 2 · trùng 0");

        // The same running app: the overview of that period holds both provinces.
        browser.open(app.url("/?period=" + PERIOD + "&boundary=63"));
        browser.await(".cchc-kpi-card");
        browser.awaitChart("cchc-chart.cchc-overview-ranking");
        String page = (String) browser.script("return document.body.innerText + JSON.stringify("
                + "[...document.querySelectorAll('cchc-chart')].map(c => c.option))");
        assertThat(page).contains("Tuyên Quang", "Thanh Hóa").doesNotContain("java -jar cchc-analytics.jar load");
    }

    private static WebElement previewOf(String file) {
        return browser.driver().findElements(By.cssSelector("vaadin-details.cchc-preview")).stream()
                .filter(e -> e.findElement(By.cssSelector("vaadin-checkbox.cchc-preview-choose")).getText().contains(file)
                        || String.valueOf(e.findElement(By.cssSelector("vaadin-checkbox.cchc-preview-choose"))
                                .getDomAttribute("label")).contains(file))
                .findFirst().orElseThrow(() -> new AssertionError("no preview of " + file));
    }

    private static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser.driver(), timeout);
    }
}
