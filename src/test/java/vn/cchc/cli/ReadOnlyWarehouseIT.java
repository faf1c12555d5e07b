package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.warehouse.SeedReports;
import vn.cchc.warehouse.Warehouse;
import vn.cchc.warehouse.jooq.Tables;

/**
 * Reading commands open the warehouse read-only: {@code export} and {@code snapshot} work on a
 * read-only file system (a tmpfs remounted read-only, as {@link FatalWarehouseIT} does — as root a
 * file's permissions would stop nothing) and beside another reader; beside a writer (the web app, a
 * load) DuckDB's lock refuses them with a hint to the app's exports or its snapshot. A snapshot is
 * the same warehouse: it opens migrated and holds the same indicator values.
 */
class ReadOnlyWarehouseIT {

    private static final String RATE = "tthc.ontime_rate.dept";

    @TempDir
    Path tmp;

    private Path loaded(Path db) throws IOException {
        CliRun load = CliRun.of("load", "--db", db.toString(), SeedReports.copyTo(tmp.resolve("reports")).toString());
        assertThat(load.exit()).as(load.err()).isZero();
        return db;
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    /** Every row of the public view, in a fixed order. */
    static List<List<Object>> indicatorValues(Path db) {
        try (Warehouse w = Warehouse.openReadOnly(db)) {
            return w.dsl().selectFrom(Tables.INDICATOR_VALUES).orderBy(Tables.INDICATOR_VALUES.fields()).fetch()
                    .map(r -> Arrays.asList(r.intoArray()));
        }
    }

    @Test
    void exportAndSnapshotWorkOnAReadOnlyFileSystem() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("disk"));
        assumeThat(run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount.toString())).as("may mount a tmpfs").isZero();
        try {
            Path db = loaded(mount.resolve("w.duckdb"));
            List<List<Object>> values = indicatorValues(db);
            assertThat(run("mount", "-o", "remount,ro", mount.toString())).isZero();
            assertThatThrownBy(() -> Files.writeString(mount.resolve("probe"), "x")).hasMessageContaining("Read-only file system");

            CliRun export = CliRun.of("export", "--db", db.toString(), "--lang", "en", "--indicator", RATE,
                    "--out", tmp.resolve("rate.csv").toString(), "--format", "csv");
            assertThat(export.exit()).as(export.err()).isZero();
            assertThat(export.out()).contains("Exported 5 rows (CSV)");

            CliRun snapshot = CliRun.of("snapshot", "--db", db.toString(), "--lang", "en", "--out", tmp.resolve("copy.duckdb").toString());
            assertThat(snapshot.exit()).as(snapshot.err()).isZero();
            assertThat(indicatorValues(tmp.resolve("copy.duckdb"))).isEqualTo(values).hasSizeGreaterThan(100);

            CliRun nowhere = CliRun.of("snapshot", "--db", db.toString(), "--lang", "en", "--out", mount.resolve("copy.duckdb").toString());
            assertThat(nowhere.exit()).as("the copy cannot be written").isEqualTo(1);
            assertThat(nowhere.err()).startsWith("Cannot write the file: ").contains("Read-only file system");
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aSnapshotIsTheSameWarehouseAndIsNeverOverwrittenWithoutForce() throws Exception {
        Path db = loaded(tmp.resolve("w.duckdb"));
        Path copy = tmp.resolve("out/copy.duckdb");

        CliRun first = CliRun.of("snapshot", "--db", db.toString(), "--lang", "en", "--out", copy.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Snapshot written to " + copy.toAbsolutePath());
        assertThat(indicatorValues(copy)).isEqualTo(indicatorValues(db)).hasSizeGreaterThan(100);
        try (Warehouse w = Warehouse.open(copy)) {
            assertThat(w.dsl().fetchCount(Tables.REPORT)).isEqualTo(SeedReports.FILES.size());
        }
        assertThat(tmp.resolve("out")).isDirectoryNotContaining("glob:**.part");

        CliRun again = CliRun.of("snapshot", "--db", db.toString(), "--lang", "en", "--out", copy.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains(copy + " exists; add --force to overwrite it");

        Files.writeString(copy, "not a database");
        CliRun forced = CliRun.of("snapshot", "--db", db.toString(), "--lang", "en", "--out", copy.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(indicatorValues(copy)).isEqualTo(indicatorValues(db));

        CliRun itself = CliRun.of("snapshot", "--db", db.toString(), "--lang", "en", "--out", db.toString(), "--force");
        assertThat(itself.exit()).isEqualTo(2);
    }

    private static Process hold(Path db, String... mode) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HeldWarehouse.class.getName(), db.toString()));
        command.addAll(List.of(mode));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(new BufferedReader(new InputStreamReader(p.getInputStream())).readLine()).isEqualTo("held");
        return p;
    }

    private static void release(Process p) throws IOException, InterruptedException {
        p.getOutputStream().close();
        p.waitFor(30, TimeUnit.SECONDS);
        p.destroy();
    }

    @Test
    void readersShareTheWarehouseButAWriterKeepsThemOut() throws Exception {
        Path db = loaded(tmp.resolve("w.duckdb"));
        Process reader = hold(db, "read-only");
        try {
            CliRun besideAReader = CliRun.of("export", "--db", db.toString(), "--lang", "en", "--indicator", RATE,
                    "--out", tmp.resolve("a.xlsx").toString());
            assertThat(besideAReader.exit()).as(besideAReader.err()).isZero();
            CliRun snapshot = CliRun.of("snapshot", "--db", db.toString(), "--out", tmp.resolve("a.duckdb").toString());
            assertThat(snapshot.exit()).as(snapshot.err()).isZero();
            CliRun load = CliRun.of("load", "--db", db.toString(), "--lang", "en", SeedReports.copyTo(tmp.resolve("again")).toString());
            assertThat(load.exit()).as("a reader keeps a load out").isEqualTo(3);
            assertThat(load.err()).contains("another process holds it (the web app?");
        } finally {
            release(reader);
        }

        Process writer = hold(db);
        try {
            for (List<String> command : List.of(
                    List.of("export", "--indicator", RATE, "--out", tmp.resolve("b.xlsx").toString()),
                    List.of("snapshot", "--out", tmp.resolve("b.duckdb").toString()))) {
                List<String> args = new java.util.ArrayList<>(command);
                args.addAll(List.of("--db", db.toString(), "--lang", "en"));
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.exit()).as(run.err()).isEqualTo(3);
                assertThat(run.err().strip()).startsWith("Cannot open the warehouse").doesNotContain("\n")
                        .endsWith("another process holds it for writing (the web app? a load?): use the app's exports or a snapshot");
            }
        } finally {
            release(writer);
        }
    }

    @Test
    void aWarehouseNotYetMigratedIsOneClearLineAndStaysUntouched() throws Exception {
        Path db = tmp.resolve("old.duckdb");
        DriverManager.getConnection("jdbc:duckdb:" + db).close();
        long size = Files.size(db);

        CliRun run = CliRun.of("export", "--db", db.toString(), "--lang", "en", "--indicator", RATE, "--out", tmp.resolve("x.xlsx").toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err().strip()).doesNotContain("\n").contains("is not migrated to this version")
                .contains("open it once without the read-only setting (or run a load on it)");
        assertThat(Files.size(db)).isEqualTo(size);
        assertThat(tmp.resolve("x.xlsx")).doesNotExist();
    }
}
