package vn.cchc.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (both installed by .ci/run): a real
 * browser, nothing downloaded at test time.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    static Browser headless(Path downloads) throws IOException {
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1440,1100", "--lang=vi-VN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("chromedriver"))).build();
        return new Browser(new ChromeDriver(service, options), downloads);
    }

    WebDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void awaitUrlContaining(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
    }

    void awaitText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Waits until a chart has drawn its option (the component marks itself when it has). */
    WebElement awaitChart(String css) {
        return await(css + "[data-rendered]");
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    void clearDownloads() throws IOException {
        try (var files = Files.list(downloads)) {
            files.forEach(f -> f.toFile().delete());
        }
    }

    /** The first file with the extension the browser has finished downloading. */
    Path awaitDownload(String extension, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(f -> f.toString().endsWith(extension)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + extension + " downloaded into " + downloads);
    }

    /** Signs in through the login page (Vaadin's login form posting to Spring Security). */
    void signIn(String loginUrl, String user, String password) {
        open(loginUrl);
        await("vaadin-login-form");
        WebElement name = await("#vaadinLoginUsername input");
        name.clear();
        name.sendKeys(user);
        WebElement secret = await("#vaadinLoginPassword input");
        secret.clear();
        secret.sendKeys(password);
        secret.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String executable(String name) {
        for (String dir : new String[] {"/usr/bin", "/usr/lib/chromium", "/usr/local/bin"}) {
            File f = new File(dir, name);
            if (f.canExecute()) {
                return f.getAbsolutePath();
            }
        }
        throw new IllegalStateException(name + " is not installed (apt-get install chromium chromium-driver)");
    }

    /** The browser, then the app, whichever a test class started: a set-up that failed half-way leaves nulls. */
    static void closeBoth(Browser browser, RunningApp app) throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
