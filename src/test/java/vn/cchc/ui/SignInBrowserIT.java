package vn.cchc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.AuditEntry;
import vn.cchc.security.AuditFilter;
import vn.cchc.security.AuditLog;
import vn.cchc.security.NewAccount;
import vn.cchc.security.Role;

/**
 * Sign-in end to end in a real headless Chromium against the packaged jar: five wrong passwords lock
 * an account (the right one is then refused as locked), a viewer scoped to Tuyên Quang sees its own
 * overview and exports a ranking holding no other province, signs out; and the audit log, read from
 * the account file after the app stopped, holds all of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInBrowserIT {

    static final Path WORK = Path.of("target", "e2e-sign-in");
    static final String VIEWER = "tq.viewer";
    static final String LOCKED = "lan.locked";
    static final String PASSWORD = "tuyen-quang-2026";
    static RunningApp app;
    static Browser browser;
    static Path accounts;

    @BeforeAll
    static void start() throws Exception {
        Path warehouse = RunningApp.freshWarehouseIn(WORK);
        accounts = RunningApp.accountsBeside(warehouse);
        // The accounts an admin would have made (the user command does the same), before the app owns the file.
        try (AccountDatabase db = AccountStore.open(accounts)) {
            AccountStore store = AccountStore.on(db);
            Actor setup = new Actor("setup", "local");
            store.add(new NewAccount(VIEWER, null, Role.VIEWER, false, Set.of("tuyen-quang-2025")), PASSWORD.toCharArray(),
                    false, setup);
            store.add(new NewAccount(LOCKED, null, Role.VIEWER, true, Set.of()), PASSWORD.toCharArray(), false, setup);
        }
        app = RunningApp.start(warehouse, accounts, Duration.ofSeconds(180));
        browser = Browser.headless(WORK.resolve("downloads"));
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeBoth(browser, app);
    }

    @Test
    @Order(1)
    void nothingOpensWithoutSigningIn() {
        browser.open(app.url("/rankings"));
        browser.awaitUrlContaining("/login");
        browser.await("vaadin-login-form");
    }

    @Test
    @Order(1)
    void theSignInPageCarriesTheSecurityHeadersAndASafeSessionCookie() throws Exception {
        java.net.http.HttpResponse<Void> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(app.url("/login"))).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'"));
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(r.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    @Order(2)
    void fiveWrongPasswordsLockTheAccountAndThenEvenTheRightOneIsRefused() {
        for (int i = 0; i < AccountStore.MAX_FAILED_SIGN_INS; i++) {
            browser.signIn(app.url("/login"), LOCKED, "not the password " + i);
            browser.awaitUrlContaining("error");
        }
        browser.signIn(app.url("/login"), LOCKED, PASSWORD);
        browser.awaitUrlContaining("locked");
        browser.awaitText(".cchc-login-notice", "khóa");
    }

    @Test
    @Order(3)
    void aScopedViewerSeesItsProvinceOnlyExportsItAndSignsOut() throws Exception {
        browser.signIn(app.url("/login"), VIEWER, PASSWORD);
        // Signed in, the browser goes on to the page it first asked for (/rankings, test 1); then the overview.
        browser.awaitUrlContaining("/rankings");
        browser.open(app.url("/"));
        browser.await(".cchc-kpi-card");
        browser.awaitChart("cchc-chart.cchc-overview-ranking");
        String page = (String) browser.script("return document.body.innerText + JSON.stringify("
                + "[...document.querySelectorAll('cchc-chart')].map(c => c.option))");
        assertThat(page).contains("Tuyên Quang").doesNotContain("Hà Nội").doesNotContain("Cả nước");
        browser.screenshot(Path.of("target", "screenshots", "overview-scoped.png"));

        browser.open(app.url("/rankings?measure=kpi.ontime_rate&boundary=63"));
        browser.await(".cchc-ranking-table");
        browser.clearDownloads();
        browser.await("a.cchc-export").click();
        Path file = browser.awaitDownload(".xlsx", Duration.ofSeconds(60));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            String data = Workbooks.text(workbook.getSheetAt(0));
            assertThat(data).contains("Tuyên Quang").doesNotContain("Hà Nội").doesNotContain("Cao Bằng");
        }
        browser.open(app.url("/drill"));
        browser.await(".cchc-no-access");

        browser.open(app.url("/"));
        browser.await(".cchc-sign-out").click();
        browser.awaitUrlContaining("signed-out");
        browser.open(app.url("/"));
        browser.awaitUrlContaining("/login");
    }

    @Test
    @Order(4)
    void theAuditLogHoldsAllOfIt() throws Exception {
        app.close();
        app = null;
        try (AccountDatabase db = AccountStore.open(accounts)) {
            List<AuditEntry> events = new AuditLog(db.dsl(), java.time.Clock.systemDefaultZone())
                    .search(AuditFilter.all(), 1000).reversed();
            List<String> locked = events.stream().filter(e -> LOCKED.equals(e.target())).map(AuditEntry::action).toList();
            assertThat(locked).containsSubsequence("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                    "SIGN_IN_FAILED", "SIGN_IN_FAILED", "ACCOUNT_LOCKED", "SIGN_IN_FAILED");
            assertThat(events.stream().filter(e -> LOCKED.equals(e.target())).map(AuditEntry::action))
                    .doesNotContain("SIGN_IN");
            List<AuditEntry> viewer = events.stream().filter(e -> VIEWER.equals(e.account())).toList();
            assertThat(viewer).extracting(AuditEntry::action)
                    .containsSubsequence("SIGN_IN", "VIEW", "EXPORT", "ACCESS_DENIED", "SIGN_OUT");
            assertThat(viewer).filteredOn(e -> e.action().equals("VIEW")).extracting(AuditEntry::target)
                    .anyMatch(t -> t.contains("rankings") && t.contains("boundary=63"));
            assertThat(viewer).filteredOn(e -> e.action().equals("EXPORT")).first()
                    .satisfies(e -> assertThat(e.detail()).contains("rows=").contains("format=xlsx"));
            assertThat(viewer).allSatisfy(e -> assertThat(e.client()).isNotBlank());
        }
    }
}
