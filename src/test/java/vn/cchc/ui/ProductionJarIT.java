package vn.cchc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.warehouse.Warehouse;

/**
 * The jar a plain {@code ./mvnw package} makes is the production jar (issue 12, Vaadin 25's build
 * convention): it carries the production token and no dev server, and it starts. Before, a plain
 * build's jar died at start with "'vaadin-dev-server' not found". This test runs on whatever jar the
 * build under test made, so with the README's commands it checks the plain build.
 */
class ProductionJarIT {

    private static final Path JAR = Path.of("target", "cchc-analytics.jar");

    @TempDir
    Path tmp;

    @Test
    void theJarIsAProductionBuildWithoutTheDevServer() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            ZipEntry token = jar.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            assertThat(token).as("the production token").isNotNull();
            try (InputStream in = jar.getInputStream(token)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .containsPattern("\"productionMode\"\\s*:\\s*true");
            }
            assertThat(jar.stream().map(ZipEntry::getName))
                    .noneMatch(n -> n.startsWith("BOOT-INF/lib/vaadin-dev-server") || n.startsWith("BOOT-INF/lib/vaadin-dev-"));
        }
    }

    @Test
    void theJarStartsAndServesTheSignInPage() throws IOException, InterruptedException {
        startsAndServesTheSignInPage(RunningApp.Launch.JAR);
    }

    /**
     * The fast start the README gives: the extracted app on the AOT cache the same build trained.
     * {@code -XX:AOTMode=on} makes a cache the JVM cannot use (stale, or made for other jars) a failed
     * start, not a silent slow one. A build without the cache (JDK 21, or -Dcchc.sample.skip) has no
     * fast start to check.
     */
    @Test
    void theExtractedAppStartsOnTheBuildsAotCache() throws IOException, InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(RunningApp.Launch.fastest() == RunningApp.Launch.AOT_CACHE,
                "built without the AOT cache");
        startsAndServesTheSignInPage(RunningApp.Launch.AOT_CACHE);
    }

    private void startsAndServesTheSignInPage(RunningApp.Launch launch) throws IOException, InterruptedException {
        Path warehouse = tmp.resolve("cchc.duckdb");
        // An empty, migrated warehouse: this test is about starting, not about building the sample.
        Warehouse.open(warehouse).close();
        try (RunningApp app = RunningApp.start(warehouse, RunningApp.accountsBeside(warehouse), Duration.ofSeconds(240),
                launch)) {
            HttpURLConnection c = (HttpURLConnection) URI.create(app.url("/login")).toURL().openConnection();
            c.setReadTimeout(30_000);
            assertThat(c.getResponseCode()).isEqualTo(200);
            assertThat(app.log()).doesNotContain("vaadin-dev-server");
        }
    }
}
