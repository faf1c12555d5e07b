package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.warehouse.SeedReports;
import vn.cchc.warehouse.Warehouse;
import vn.cchc.warehouse.jooq.Tables;

/**
 * A full disk or a read-only file system stops the load at once with the real cause, the files not
 * attempted listed as such, exit code 4 (3 when the warehouse cannot even be opened). The warehouse
 * lives on a small tmpfs of its own, so this needs the right to mount (root in the build container);
 * without it the test is skipped.
 */
class FatalWarehouseIT {

    @TempDir
    Path tmp;
    Path mount;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        mount = Tmpfs.mount(tmp.resolve("disk"), 32);
    }

    @AfterEach
    void unmount() throws Exception {
        Tmpfs.unmount(mount);
    }

    /** Takes every free byte of the disk. */
    private Path fill() throws IOException {
        Path filler = mount.resolve("filler");
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left on device");
        }
        return filler;
    }

    @Test
    void aFullDiskStopsTheLoadInOneLineNamingTheCauseAndTheFile() throws Exception {
        Path db = mount.resolve("w.duckdb");
        Warehouse.open(db).close();
        Path reports = SeedReports.copyTo(tmp.resolve("reports"));
        Path filler = fill();

        CliRun run = CliRun.of("load", "--db", db.toString(), "--lang", "en", "--threads", "1", reports.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(4);
        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).first().asString().startsWith("STOPPED at 000_325df2895e38e3a8.txt: the disk is full (No space left on device)");
        assertThat(lines.subList(1, lines.size())).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("NOT LOADED ")
                .endsWith(": not attempted: the load stopped at 000_325df2895e38e3a8.txt"));
        assertThat(run.err()).doesNotContain("invalidated").doesNotContain("another process");
        assertThat(run.out()).contains("loaded 0").contains("failed 1").contains("4 file(s) were not attempted (exit code 4)");

        Files.delete(filler);
        try (Warehouse w = Warehouse.open(db)) {
            assertThat(w.dsl().fetchCount(Tables.REPORT)).isZero();
        }
    }

    @Test
    void aReadOnlyFileSystemIsNamedAndNoLockIsSuspected() throws Exception {
        Path db = mount.resolve("w.duckdb");
        Warehouse.open(db).close();
        assertThat(Tmpfs.remountReadOnly(mount)).isZero();

        CliRun run = CliRun.of("load", "--db", db.toString(), "--lang", "en", SeedReports.copyTo(tmp.resolve("reports")).toString());

        assertThat(run.exit()).as(run.err()).isIn(3, 4);
        assertThat(run.err()).containsIgnoringCase("read-only").doesNotContain("another process");
        assertThat(run.err().lines().count()).isLessThanOrEqualTo(5);
    }
}
