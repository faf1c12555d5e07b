package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.warehouse.SeedReports;
import vn.cchc.warehouse.Warehouse;

/**
 * Every exit code the README and the commands' help promise, each provoked the way a user or a
 * scheduled job meets it: 0 done, 1 a file failed or could not be written, 2 a usage error, 3 a
 * warehouse that cannot be opened.
 */
class ExitCodesIT {

    private static final String RATE = "tthc.ontime_rate.dept";

    @TempDir
    Path tmp;

    /** A file that exists but is no DuckDB database: what a mistyped --db usually points at. */
    private Path notAWarehouse() throws IOException {
        return Files.writeString(tmp.resolve("notes.duckdb"), "not a database\n");
    }

    /** A path below a regular file: no folder can be created there. */
    private Path belowAFile(String name) throws IOException {
        return Files.writeString(tmp.resolve("a-file"), "x").resolve(name);
    }

    @Test
    void load() throws IOException {
        Path reports = SeedReports.copyTo(tmp.resolve("reports"));
        assertThat(CliRun.of("load", "--dry-run", reports.toString()).exit()).as("dry run").isZero();
        Files.write(reports.resolve("empty.txt"), new byte[0]);
        assertThat(CliRun.of("load", "--dry-run", reports.toString()).exit()).as("a file failed").isEqualTo(1);
        assertThat(CliRun.of("load", "--dry-run").exit()).as("nothing to load").isEqualTo(2);

        CliRun held = CliRun.of("load", "--db", notAWarehouse().toString(), "--lang", "en", reports.toString());
        assertThat(held.exit()).isEqualTo(3);
        assertThat(held.err()).startsWith("Cannot open the warehouse");
    }

    @Test
    void export() throws IOException {
        Path db = tmp.resolve("w.duckdb");
        Warehouse.open(db).close();
        CliRun empty = CliRun.of("export", "--db", db.toString(), "--indicator", RATE, "--out", tmp.resolve("r.csv").toString(),
                "--lang", "en");
        assertThat(empty.exit()).as(empty.err()).isZero();
        assertThat(empty.err()).startsWith("Note: no row matches the filters");

        assertThat(CliRun.of("export", "--db", db.toString(), "--indicator", RATE, "--out", tmp.resolve("r.csv").toString()).exit())
                .as("existing file").isEqualTo(2);

        CliRun unwritable = CliRun.of("export", "--db", db.toString(), "--indicator", RATE,
                "--out", belowAFile("r.xlsx").toString(), "--lang", "en");
        assertThat(unwritable.exit()).isEqualTo(1);
        assertThat(unwritable.err()).startsWith("Cannot write the file");

        CliRun held = CliRun.of("export", "--db", notAWarehouse().toString(), "--indicator", RATE,
                "--out", tmp.resolve("x.xlsx").toString(), "--lang", "en");
        assertThat(held.exit()).isEqualTo(3);
        assertThat(held.err()).startsWith("Cannot open the warehouse");
    }

    @Test
    void generate() throws IOException {
        String[] small = {"--from", "2021", "--to", "2021", "--provinces", "1", "--formats", "txt"};
        Path out = tmp.resolve("h");
        assertThat(CliRun.of(with("generate", "--out", out.toString(), small)).exit()).isZero();
        assertThat(CliRun.of(with("generate", "--out", out.toString(), small)).exit()).as("not empty").isEqualTo(2);
        assertThat(CliRun.of("generate").exit()).as("no --out").isEqualTo(2);
        CliRun unwritable = CliRun.of(with("generate", "--out", belowAFile("h").toString(), small));
        assertThat(unwritable.exit()).as(unwritable.err()).isEqualTo(1);
    }

    private static String[] with(String command, String option, String value, String... rest) {
        String[] all = new String[rest.length + 3];
        all[0] = command;
        all[1] = option;
        all[2] = value;
        System.arraycopy(rest, 0, all, 3, rest.length);
        return all;
    }
}
