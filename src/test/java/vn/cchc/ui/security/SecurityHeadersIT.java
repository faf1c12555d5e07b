package vn.cchc.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.ui.TestAccounts;

/**
 * Over real HTTP: nothing but the sign-in page and static resources answers without signing in. (The
 * headers and the cookie are checked on the packaged jar, in SignInBrowserIT.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT {

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void emptyWarehouse(DynamicPropertyRegistry registry) throws IOException {
        String path = Files.createTempDirectory("cchc-headers").resolve("w.duckdb").toString();
        registry.add("cchc.warehouse.path", () -> path);
        registry.add("cchc.sample.on-first-start", () -> "false");
        TestAccounts.register(registry);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyViewAndUnknownPathSendsTheUnsignedUserToSignIn() throws Exception {
        for (String path : new String[] {"/", "/rankings?province=ha-noi", "/drill?report=1", "/admin", "/quality",
                "/api/v1/reports", "/no-such-page"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isIn(302, 401, 403);
            if (r.statusCode() == 302) {
                assertThat(r.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            }
            assertThat(r.body()).as(path).doesNotContain("Tổng quan").doesNotContain("Hà Nội");
        }
    }
}
