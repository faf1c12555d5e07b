package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.warehouse.SeedReports;

/**
 * The web app started on a warehouse that lives on a read-only file system (a tmpfs remounted
 * read-only; needs the right to mount, else skipped) without the read-only setting: it stops with
 * Spring's short failure analysis — the cause in one line, the setting to use in the next — and exit
 * code 3, not the ~135 lines of bean-creation stack traces it printed before.
 */
class ReadOnlyFileSystemStartIT {

    @TempDir
    Path tmp;
    Path mount;

    @BeforeEach
    void mountDisk() throws Exception {
        mount = Tmpfs.mount(tmp.resolve("disk"), 64);
    }

    @AfterEach
    void unmount() throws Exception {
        Tmpfs.unmount(mount);
    }

    @Test
    void theAppSaysTheFileSystemIsReadOnlyAndNamesTheSetting() throws Exception {
        Path db = mount.resolve("w.duckdb");
        CliRun load = CliRun.of("load", "--db", db.toString(), SeedReports.copyTo(tmp.resolve("reports")).toString());
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(Tmpfs.remountReadOnly(mount)).isZero();

        Path log = tmp.resolve("app.log");
        // The packaged jar when built (as a user starts it); else the classes, in Vaadin's production mode so
        // that no frontend tool is looked for (the warehouse fails before any page is served).
        Path jar = Path.of("target", "cchc-analytics.jar");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx512m"));
        command.addAll(Files.isRegularFile(jar) ? List.of("-jar", jar.toString())
                : List.of("-Dvaadin.productionMode=true", "-cp", System.getProperty("java.class.path"), "vn.cchc.Application"));
        command.add("--server.port=0");
        ProcessBuilder app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        app.environment().put("CCHC_WAREHOUSE", db.toString());
        app.environment().put("CCHC_ACCOUNTS", tmp.resolve("accounts.duckdb").toString());
        app.environment().put("CCHC_INBOX", "");
        app.environment().put("CCHC_ADMIN_PASSWORD", "read-only-test-password");
        Process p = app.start();
        try {
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the app stopped by itself").isTrue();
        } finally {
            p.destroyForcibly();
        }

        String output = Files.readString(log);
        List<String> lines = output.lines().toList();
        assertThat(p.exitValue()).as(output).isEqualTo(3);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("the warehouse's file system is read-only (Read-only file system)")
                .contains("start the app with cchc.warehouse.read-only=true (environment: CCHC_WAREHOUSE_READ_ONLY=true)");
        assertThat(lines).as(output).noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by:"));
        assertThat(lines.stream().filter(l -> l.contains(" ERROR ")).count()).as(output).isLessThanOrEqualTo(2);
    }
}
