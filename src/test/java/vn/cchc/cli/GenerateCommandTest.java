package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate command as a user runs it: files and manifest written, a summary, clear usage errors. */
class GenerateCommandTest {

    @TempDir
    Path tmp;



    @Test
    void generatesReportsAndTheirManifestAndSaysHowToLoadThem() throws IOException {
        Path out = tmp.resolve("history");
        CliRun run = CliRun.of("generate", "--out", out.toString(), "--from", "2024", "--to", "2024", "--seed", "3",
                "--provinces", "1", "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        long files;
        try (Stream<Path> walk = Files.walk(out.resolve("reports"))) {
            files = walk.filter(Files::isRegularFile).count();
        }
        assertThat(run.out()).contains("Generated " + files + " sample reports, years 2024 to 2024")
                .contains("Provincial committees (aggregates): 6,").contains("Manifest: ")
                .contains("load --db data/cchc.duckdb " + out.resolve("reports"));
        assertThat(out.resolve("manifest.csv")).exists();
        assertThat(out.resolve("manifest_inconsistencies.csv")).exists();
        assertThat(Cli.handles(new String[] {"generate"})).isTrue();
    }

    @Test
    void vietnameseIsTheDefault() {
        CliRun run = CliRun.of("generate", "--out", tmp.resolve("h").toString(), "--from", "2021", "--to", "2021", "--provinces", "1");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("báo cáo mẫu").contains("Bảng đối chiếu");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("generate", "--lang", "en").err()).contains("--out DIR is required").contains("Usage: java -jar");
        assertThat(CliRun.of("generate", "--out", tmp.toString(), "--from", "2026", "--to", "2021", "--lang", "en").exit()).isEqualTo(2);
        assertThat(CliRun.of("generate", "--out", tmp.toString(), "--seed", "abc", "--lang", "en").exit()).isEqualTo(2);
        assertThat(CliRun.of("generate", "--out", tmp.toString(), "extra", "--lang", "en").exit()).isEqualTo(2);
    }

    @Test
    void refusesAFolderThatAlreadyHoldsAHistory() {
        Path out = tmp.resolve("h");
        assertThat(CliRun.of("generate", "--out", out.toString(), "--from", "2021", "--to", "2021", "--provinces", "1").exit()).isZero();
        CliRun again = CliRun.of("generate", "--out", out.toString(), "--from", "2021", "--to", "2021", "--provinces", "1", "--lang", "en");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already holds a generated history");
    }
}
