package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.warehouse.SeedReports;
import vn.cchc.warehouse.Warehouse;
import vn.cchc.warehouse.jooq.Tables;

/** The load command as a user runs it: real files, a real DuckDB file, the printed summary. */
class LoadCommandIT {

    @TempDir
    Path tmp;



    /** The seeds in a folder below the one given to the command. */
    Path seeds() {
        SeedReports.copyTo(tmp.resolve("reports/nested"));
        return tmp.resolve("reports");
    }

    @Test
    void loadsAFolderRecursivelyAndSummarises() throws IOException {
        Path db = tmp.resolve("w.duckdb");
        CliRun run = CliRun.of("load", "--db", db.toString(), "--lang", "en", seeds().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Total 5 files: loaded 5").contains("duplicate 0").contains("failed 0")
                .contains("rate_mismatch").contains("date_contradicts_title");

        CliRun again = CliRun.of("load", "--db", db.toString(), "--lang", "en", seeds().toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("loaded 0").contains("duplicate 5");
    }

    @Test
    void vietnameseIsTheDefault() throws IOException {
        CliRun run = CliRun.of("load", "--db", tmp.resolve("w.duckdb").toString(), seeds().toString());
        assertThat(run.out()).contains("Tổng cộng 5 tệp: đã nạp 5");
    }

    @Test
    void badFilesGetOneClearLineEachAndDoNotStopTheOthers() throws IOException {
        Path dir = seeds();
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        // Latin-1 French: no UTF-8, and no Vietnamese in any legacy encoding (Vietnamese in Latin-1 reads as Windows-1258).
        Files.write(dir.resolve("latin1.txt"), "Rapport trimestriel : r\u00e9forme, \u00e9tat des lieux".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("prose-only.txt"), "BÁO CÁO\nCông tác cải cách hành chính quý I năm 2021\nKhông có phụ lục.\n");
        Path db = tmp.resolve("w.duckdb");

        CliRun run = CliRun.of("load", "--db", db.toString(), "--lang", "en", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.startsWith("FAILED"))).hasSize(4);
        assertThat(run.err()).contains("FAILED empty.txt: empty file")
                .contains("FAILED binary.txt: binary content")
                .contains("FAILED latin1.txt: not UTF-8 text")
                .contains("FAILED prose-only.txt: no statistics appendix");
        assertThat(run.out()).contains("loaded 5").contains("failed 4");
        try (Warehouse w = Warehouse.open(db)) {
            assertThat(w.dsl().fetchCount(Tables.REPORT)).isEqualTo(5);
        }
    }

    @Test
    void dryRunPrintsWhatWouldBeLoadedAndWritesNothing() throws IOException {
        Path db = tmp.resolve("never.duckdb");
        CliRun run = CliRun.of("load", "--db", db.toString(), "--dry-run", "--lang", "en", seeds().toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Would load nested/001_5861b1071b6d393a.txt: Quảng Bình · Sở Xây dựng · department · 2021-Q1")
                .contains("[rate_mismatch").contains("nothing written");
        assertThat(db).doesNotExist();
    }

    @Test
    void aFileNamedLikeAPathIsStoredByItsNameOnly() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("a/b"));
        try (InputStream in = getClass().getResourceAsStream("/sample/seeds/004_197f7b6bb391846f.txt")) {
            Files.copy(in, dir.resolve("báo cáo'; DROP TABLE report;--.txt"));
        }
        Path db = tmp.resolve("w.duckdb");
        assertThat(CliRun.of("load", "--db", db.toString(), dir.toString()).exit()).isZero();
        try (Warehouse w = Warehouse.open(db)) {
            assertThat(w.dsl().select(Tables.REPORT.FILE_NAME).from(Tables.REPORT).fetch(Tables.REPORT.FILE_NAME))
                    .containsExactly("báo cáo'; DROP TABLE report;--.txt");
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("load", "--lang", "en", "x").exit()).isEqualTo(2);
        assertThat(CliRun.of("load", "--db", tmp.resolve("w.duckdb").toString(), "--lang", "en", tmp.resolve("missing").toString()).err())
                .contains("Not found");
    }

    @Test
    void progressBarWhenManyFiles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("many"));
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/sample/seeds/004_197f7b6bb391846f.txt")) {
            seed = in.readAllBytes();
        }
        for (int i = 0; i < 25; i++) {
            // Distinct content: each is a different report to the warehouse.
            byte[] b = (new String(seed, StandardCharsets.UTF_8) + "\n" + i).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("r" + i + ".txt"), b);
        }
        CliRun run = CliRun.of("load", "--db", tmp.resolve("w.duckdb").toString(), "--lang", "en", dir.toString());
        assertThat(run.err()).contains("25/25 files");
        // Same agency and period each time: every later file supersedes the one before.
        assertThat(run.out()).contains("loaded 25").contains("superseded 24");
    }
}
