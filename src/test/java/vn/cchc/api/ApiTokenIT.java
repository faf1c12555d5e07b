package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.ApiTokens;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditFilter;
import vn.cchc.security.AuditLog;
import vn.cchc.security.NewAccount;
import vn.cchc.security.Role;
import vn.cchc.ui.TestAccounts;
import vn.cchc.warehouse.SeedReports;

/**
 * The API over real HTTP, on a real DuckDB warehouse and account store, as a script calls it: a
 * bearer token of an importer signs the request in with that account's role and provinces; a
 * missing, wrong or revoked token, a disabled account's, or one whose account may no longer load,
 * is refused with a JSON reason, and nothing is loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenIT {

    /** A seed report of Thanh Hóa (Sở Nội vụ). */
    static final String THANH_HOA = "004_197f7b6bb391846f.txt";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AuditLog audit;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void emptyWarehouse(DynamicPropertyRegistry registry) throws IOException {
        String path = Files.createTempDirectory("cchc-api").resolve("w.duckdb").toString();
        registry.add("cchc.warehouse.path", () -> path);
        registry.add("cchc.sample.on-first-start", () -> "false");
        registry.add("cchc.inbox", () -> "");
        TestAccounts.register(registry);
    }

    /** A new enabled account with a token; each test its own, so the order of tests does not matter. */
    private String tokenOf(Role role, boolean countryWide, Set<String> provinces) {
        String name = "api-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.add(new NewAccount(name, null, role, countryWide, provinces), "password-long-enough".toCharArray(), false, Actor.SYSTEM);
        return tokens.create(name, "test", Actor.SYSTEM).secret();
    }

    private HttpResponse<String> upload(String token, String... seeds) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        List<byte[]> body = new ArrayList<>();
        for (String seed : seeds) {
            body.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + seed
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.add(SeedReports.bytes(seed));
            body.add("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(body));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> list(String token) throws Exception {
        return list(token, "");
    }

    private HttpResponse<String> list(String token, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports?limit=1000" + query))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The source files of every report the API lists to a country-wide importer. */
    private List<String> loadedFiles() throws Exception {
        HttpResponse<String> r = list(tokenOf(Role.IMPORTER, true, Set.of()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> files = new ArrayList<>();
        JSON.readTree(r.body()).forEach(n -> files.add(n.get("sourceFile").asString()));
        return files;
    }

    private static String error(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(r.body()).get("error").asString();
    }

    @Test
    void aGoodTokenLoadsAsItsAccountAndIsAudited() throws Exception {
        String token = tokenOf(Role.IMPORTER, true, Set.of());

        HttpResponse<String> r = upload(token, THANH_HOA);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().allValues("Set-Cookie")).as("stateless: no session").isEmpty();
        JsonNode file = JSON.readTree(r.body()).get("files").get(0);
        assertThat(file.get("name").asString()).isEqualTo(THANH_HOA);
        assertThat(file.get("outcome").asString()).isIn("loaded", "duplicate");
        assertThat(file.get("valueCount").asInt()).isPositive();
        assertThat(loadedFiles()).contains(THANH_HOA);
        ApiTokens.Valid v = (ApiTokens.Valid) tokens.check(token);
        assertThat(v.token().lastUsedAt()).isNotNull();
        var events = audit.search(new AuditFilter(null, null, v.account().name(), null), 20);
        assertThat(events).extracting(e -> e.action()).contains(AuditAction.API_SIGN_IN.name(), AuditAction.LOAD.name());
        assertThat(events).allSatisfy(e -> assertThat(String.valueOf(e.detail())).doesNotContain(token));
        // The list names who loaded each report, and filters by it. The report is this account's when this
        // upload loaded it; an earlier test's API account's when it was a duplicate.
        String account = v.account().name();
        assertThat(JSON.readTree(list(token, "&loadedBy=nobody.at.all").body())).as("a filter that matches nobody").isEmpty();
        List<String> loaders = new ArrayList<>();
        JSON.readTree(list(token).body()).forEach(n -> {
            if (n.get("sourceFile").asString().equals(THANH_HOA)) {
                loaders.add(n.get("loadedBy").asString());
            }
        });
        String loader = loaders.getFirst();
        assertThat(loader).startsWith("api-");
        if (file.get("outcome").asString().equals("loaded")) {
            assertThat(loader).isEqualTo(account);
        }
        List<String> theirs = new ArrayList<>();
        JSON.readTree(list(token, "&loadedBy=" + loader).body()).forEach(n -> {
            assertThat(n.get("loadedBy").asString()).isEqualTo(loader);
            theirs.add(n.get("sourceFile").asString());
        });
        assertThat(theirs).contains(THANH_HOA);
        // The filter narrows within the reader's provinces, never past them: Hà Nội's importer sees no Thanh Hóa report.
        List<String> seenFromHaNoi = new ArrayList<>();
        HttpResponse<String> scoped = list(tokenOf(Role.IMPORTER, false, Set.of("ha-noi-2025")), "&loadedBy=" + loader);
        assertThat(scoped.statusCode()).as(scoped.body()).isEqualTo(200);
        JSON.readTree(scoped.body()).forEach(n -> seenFromHaNoi.add(n.get("sourceFile").asString()));
        assertThat(seenFromHaNoi).doesNotContain(THANH_HOA);
    }

    @Test
    void noTokenOrAWrongOneIsRefused401WithAReasonAndNothingLoaded() throws Exception {
        int before = loadedFiles().size();
        HttpResponse<String> none = upload(null, THANH_HOA);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(error(none)).contains("API token is needed");

        String good = tokenOf(Role.IMPORTER, true, Set.of());
        HttpResponse<String> wrong = upload(good.substring(0, good.length() - 2) + "xx", THANH_HOA);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(error(wrong)).isEqualTo("unknown API token");

        HttpResponse<String> basic = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .header("Authorization", "Basic YWRtaW46YWRtaW4tdGVzdC1wYXNzd29yZA==").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).as("the admin's password is no way into the API").isEqualTo(401);

        assertThat(loadedFiles()).hasSize(before);
        assertThat(audit.search(new AuditFilter(null, null, null, AuditAction.API_SIGN_IN), 50))
                .anySatisfy(e -> assertThat(e.outcome()).isEqualTo("denied"));
    }

    @Test
    void aRevokedTokenOrADisabledAccountsTokenStopsWorkingAtOnce() throws Exception {
        String token = tokenOf(Role.IMPORTER, true, Set.of());
        ApiTokens.Valid v = (ApiTokens.Valid) tokens.check(token);
        assertThat(list(token).statusCode()).isEqualTo(200);

        assertThat(tokens.revoke(v.token().id(), new Actor("admin", "test"))).isTrue();

        HttpResponse<String> revoked = upload(token, THANH_HOA);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(error(revoked)).isEqualTo("the API token was revoked");
        assertThat(audit.search(new AuditFilter(null, null, "admin", AuditAction.TOKEN_REVOKED), 10))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("token #" + v.token().id()));

        String other = tokenOf(Role.IMPORTER, true, Set.of());
        String name = ((ApiTokens.Valid) tokens.check(other)).account().name();
        accounts.setEnabled(name, false, Actor.SYSTEM);
        HttpResponse<String> disabled = list(other);
        assertThat(disabled.statusCode()).isEqualTo(401);
        assertThat(error(disabled)).contains("disabled");
    }

    @Test
    void anAccountNoLongerAnImporterIsRefused403() throws Exception {
        String token = tokenOf(Role.IMPORTER, true, Set.of());
        String name = ((ApiTokens.Valid) tokens.check(token)).account().name();
        accounts.setRole(name, Role.ANALYST, Actor.SYSTEM);

        HttpResponse<String> r = upload(token, THANH_HOA);

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(error(r)).contains(name).contains("importer and admin");
    }

    @Test
    void aScopedImportersTokenCannotLoadAnotherProvincesReport() throws Exception {
        String haNoi = tokenOf(Role.IMPORTER, false, Set.of("ha-noi-2025"));
        List<String> before = loadedFiles();

        HttpResponse<String> r = upload(haNoi, THANH_HOA);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode file = JSON.readTree(r.body()).get("files").get(0);
        assertThat(file.get("outcome").asString()).isEqualTo("refused");
        assertThat(file.get("reportId").isNull()).isTrue();
        assertThat(file.get("error").asString()).contains("Thanh Hóa").contains("Hà Nội");
        assertThat(loadedFiles()).as("nothing loaded").isEqualTo(before);
    }
}
