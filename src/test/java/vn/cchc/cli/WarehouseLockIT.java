package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.warehouse.SeedReports;
import vn.cchc.warehouse.Warehouse;

/** The hint that the web app may hold the warehouse is given when, and only when, another process holds its lock. */
class WarehouseLockIT {

    @TempDir
    Path tmp;

    @Test
    void onlyALockHeldByAnotherProcessGetsTheHintAboutTheWebApp() throws Exception {
        Path db = tmp.resolve("held.duckdb");
        Warehouse.open(db).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HeldWarehouse.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertThat(first).isEqualTo("held");

            CliRun run = CliRun.of("load", "--db", db.toString(), "--lang", "en", SeedReports.copyTo(tmp.resolve("r")).toString());

            assertThat(run.exit()).isEqualTo(3);
            assertThat(run.err()).contains("Cannot open the warehouse").contains("another process holds it (the web app?")
                    .contains("load --server URL").contains("CCHC_TOKEN").contains("inbox folder (CCHC_INBOX");
            assertThat(run.err().strip().lines()).as("one line").hasSize(1);
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            holder.destroy();
        }
    }
}
