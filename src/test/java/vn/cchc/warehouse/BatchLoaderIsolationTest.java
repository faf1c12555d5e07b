package vn.cchc.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingest.InputFiles;
import vn.cchc.ingest.InputLimits;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ReportParser;

/**
 * Whatever one file's parse throws or however long it runs, that file gets one error line and the
 * others are read exactly as without it. The parser here misbehaves on purpose for some names.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BatchLoaderIsolationTest {

    private static final ReportParser REAL = SeedReports.parser();
    private static final InputLimits ONE_SECOND = new InputLimits(1 << 20, 1 << 20, 1 << 20, 100_000, 1 << 24,
            20_000, 64, 5_000, 1_000, Duration.ofSeconds(1));

    @TempDir
    Path tmp;

    private static ParsedReport misbehaving(String name, byte[] bytes) throws vn.cchc.ingest.ReportReadException {
        if (name.startsWith("oom")) {
            throw new OutOfMemoryError("Java heap space");
        }
        if (name.startsWith("deep")) {
            throw new StackOverflowError();
        }
        if (name.startsWith("boom")) {
            throw new IllegalStateException("a library's bug\nat line two");
        }
        if (name.startsWith("hang")) {
            // Stuck in a call that ignores the parse's deadline (as a library may be), yet ends some day.
            long until = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < until) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ignored) {
                    // a library that swallows interrupts
                }
            }
        }
        return REAL.parse(name, bytes);
    }

    @Test
    void aThrowableOrARunawayParseIsThatFilesErrorAndTheOthersReadAsAlone() throws Exception {
        Path folder = SeedReports.copyTo(tmp.resolve("reports"));
        byte[] good = Files.readAllBytes(folder.resolve(SeedReports.FILES.getFirst()));
        for (String bad : List.of("oom.txt", "deep.txt", "boom.txt", "hang.txt")) {
            Files.write(folder.resolve(bad), good);
        }
        List<vn.cchc.ingest.InputFile> files = InputFiles.collect(List.of(folder));
        long started = System.nanoTime();

        List<FileOutcome> outcomes = new BatchLoader(BatchLoaderIsolationTest::misbehaving, ONE_SECOND, null, 2, 1)
                .loadFiles(files, o -> { });

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertThat(outcomes).extracting(FileOutcome::fileName).containsExactlyElementsOf(files.stream()
                .map(vn.cchc.ingest.InputFile::shownAs).toList());
        assertThat(error(outcomes, "oom.txt")).startsWith("ran out of memory while reading it");
        assertThat(error(outcomes, "deep.txt")).isEqualTo("nested too deeply to read (stack overflow)");
        assertThat(error(outcomes, "boom.txt")).isEqualTo("unexpected error while reading: IllegalStateException: a library's bug");
        assertThat(error(outcomes, "hang.txt")).isEqualTo("stopped: reading took longer than 1 s (setting cchc.limits.max-parse-seconds)");

        List<FileOutcome> alone = new BatchLoader(REAL, null, 2).load(BatchLoader.collect(List.of(SeedReports.copyTo(tmp.resolve("alone")))), o -> { });
        List<FileOutcome> goodOnes = outcomes.stream().filter(o -> o.error() == null).toList();
        assertThat(goodOnes).hasSize(SeedReports.FILES.size());
        for (int i = 0; i < alone.size(); i++) {
            assertThat(goodOnes.get(i).report()).isEqualTo(alone.get(i).report());
        }
    }

    private static String error(List<FileOutcome> outcomes, String name) {
        return outcomes.stream().filter(o -> o.fileName().equals(name)).findFirst().orElseThrow().error();
    }
}
