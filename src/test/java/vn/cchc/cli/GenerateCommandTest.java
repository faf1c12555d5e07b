package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(Launch.of("generate").webApp()).isFalse();
    }

    @Test
    void writesOnlyTheFormatsAskedFor() throws IOException {
        Path out = tmp.resolve("binary");
        CliRun run = CliRun.of("generate", "--out", out.toString(), "--from", "2024", "--to", "2024", "--seed", "3",
                "--provinces", "1", "--formats", "docx, PDF", "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> names;
        try (Stream<Path> walk = Files.walk(out.resolve("reports"))) {
            names = walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
        long docx = names.stream().filter(n -> n.endsWith(".docx")).count();
        long pdf = names.stream().filter(n -> n.endsWith(".pdf")).count();
        assertThat(docx).isPositive();
        assertThat(pdf).isPositive();
        assertThat(docx + pdf).isEqualTo(names.size());
        assertThat(run.out()).contains("Files: .txt 0, .docx " + docx + ", .xlsx 0, .pdf " + pdf)
                .contains("Shapes of the .txt files: Markdown with tabs 0, plain text with tabs 0, pdftotext 0");
    }

    @Test
    void vietnameseIsTheDefault() {
        CliRun run = CliRun.of("generate", "--out", tmp.resolve("h").toString(), "--from", "2021", "--to", "2021", "--provinces", "1",
                "--formats", "txt");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("báo cáo mẫu").contains("Bảng đối chiếu");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("generate", "--lang", "en").err()).contains("--out DIR is required").contains("Usage: java -jar");
        assertThat(CliRun.of("generate", "--out", tmp.toString(), "--from", "2026", "--to", "2021", "--lang", "en").exit()).isEqualTo(2);
        assertThat(CliRun.of("generate", "--out", tmp.toString(), "--seed", "abc", "--lang", "en").exit()).isEqualTo(2);
        assertThat(CliRun.of("generate", "--out", tmp.toString(), "extra", "--lang", "en").exit()).isEqualTo(2);
        CliRun unknownFormat = CliRun.of("generate", "--out", tmp.toString(), "--formats", "txt,doc", "--lang", "en");
        assertThat(unknownFormat.exit()).isEqualTo(2);
        assertThat(unknownFormat.err()).contains("--formats: unknown format doc (txt, docx, xlsx, pdf)").contains("--formats F,...");
        assertThat(CliRun.of("generate", "--out", tmp.toString(), "--formats", "", "--lang", "en").exit()).isEqualTo(2);
        assertThat(CliRun.of("generate", "--out", tmp.toString(), "--formats", "--lang", "en").exit()).isEqualTo(2);
    }

    @Test
    void refusesAFolderThatAlreadyHoldsAHistory() {
        Path out = tmp.resolve("h");
        assertThat(CliRun.of("generate", "--out", out.toString(), "--from", "2021", "--to", "2021", "--provinces", "1",
                "--formats", "txt").exit()).isZero();
        CliRun again = CliRun.of("generate", "--out", out.toString(), "--from", "2021", "--to", "2021", "--provinces", "1", "--lang", "en");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already holds a generated history");
    }
}
