package vn.cchc.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingest.InputFile;
import vn.cchc.ingest.InputFiles;
import vn.cchc.ingest.ReportParser;
import vn.cchc.warehouse.HostileInputs.Case;
import vn.cchc.warehouse.HostileInputs.Expect;

/**
 * The hostile-input suite (issue 14): every case of {@link HostileInputs} alone gets one clear error
 * line or a correct load — never an exception, a hang or part of a damaged file — and all of them
 * loaded together with good files leave the good files exactly as they load alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class HostileInputIT {

    /** A case taking longer than this counts as a hang (the parse limit is 60 s, the watchdog 65 s). */
    private static final long HANG_NANOS = 90_000_000_000L;
    private static final ReportParser PARSER = SeedReports.parser();

    @TempDir
    static Path tmp;
    List<Case> cases;
    Path hostile;
    Path good;

    @BeforeAll
    void makeFiles() throws Exception {
        cases = HostileInputs.writeAll(tmp.resolve("all"));
        hostile = tmp.resolve("all/cases");
        good = tmp.resolve("all/0-good");
    }

    /** What happened to one case alone. */
    enum Result { CLEAR_ERROR, LOAD, CRASH, HANG, PARTIAL, WRONG }

    @Test
    void everyCaseAloneGetsOneClearErrorLineOrACorrectLoad() {
        Map<Result, Integer> counts = new TreeMap<>();
        Map<String, Map<Result, Integer>> byGroup = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Path dir = hostile.resolve(String.format("%03d", i));
            long started = System.nanoTime();
            Result result;
            String detail;
            try {
                List<InputFile> files = InputFiles.collect(List.of(dir));
                List<FileOutcome> outcomes = new BatchLoader(PARSER, null, 2).loadFiles(files, o -> { });
                long took = System.nanoTime() - started;
                FileOutcome o = outcomes.getFirst();
                detail = o.error() == null ? o.valueCount() + " values, findings " + o.findings().stream()
                        .map(f -> f.rule()).distinct().toList() : o.error();
                result = classify(c, outcomes, took);
            } catch (Throwable t) {
                result = Result.CRASH;
                detail = t.toString();
            }
            counts.merge(result, 1, Integer::sum);
            byGroup.computeIfAbsent(c.group(), g -> new TreeMap<>()).merge(result, 1, Integer::sum);
            if (result != Result.CLEAR_ERROR && result != Result.LOAD) {
                problems.add(result + " " + c.group() + " " + c.fileName().replace("\n", "\\n") + ": " + detail);
            }
        }
        System.out.printf("Hostile inputs: %d cases — clear errors %d, loads %d, crashes %d, hangs %d, partial %d, wrong %d%n",
                cases.size(), counts.getOrDefault(Result.CLEAR_ERROR, 0), counts.getOrDefault(Result.LOAD, 0),
                counts.getOrDefault(Result.CRASH, 0), counts.getOrDefault(Result.HANG, 0),
                counts.getOrDefault(Result.PARTIAL, 0), counts.getOrDefault(Result.WRONG, 0));
        byGroup.forEach((group, n) -> System.out.println("  " + group + ": " + n));
        problems.forEach(p -> System.out.println("  " + p));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        assertThat(problems).isEmpty();
    }

    private static Result classify(Case c, List<FileOutcome> outcomes, long took) {
        if (took > HANG_NANOS) {
            return Result.HANG;
        }
        if (outcomes.size() != 1) {
            return Result.WRONG;
        }
        FileOutcome o = outcomes.getFirst();
        if (o.error() != null) {
            boolean oneClearLine = !o.error().isBlank() && !o.error().contains("\n") && o.error().length() < 400
                    && !o.error().startsWith("unexpected error") && !o.error().contains("Exception");
            if (!oneClearLine) {
                return Result.CRASH;
            }
            return c.expect() == Expect.LOAD ? Result.WRONG : Result.CLEAR_ERROR;
        }
        if (c.expect() == Expect.ERROR) {
            // A file that should be refused whole (a binary file cut short, noise) loaded something.
            return Result.PARTIAL;
        }
        return o.valueCount() == 0 ? Result.PARTIAL : Result.LOAD;
    }

    @Test
    void allCasesTogetherLeaveTheGoodFilesExactlyAsTheyLoadAlone() throws Exception {
        Map<String, List<String>> alone = load(List.of(good), tmp.resolve("alone.duckdb"));
        Map<String, List<String>> together = load(List.of(tmp.resolve("all")), tmp.resolve("together.duckdb"));

        assertThat(alone).isNotEmpty();
        assertThat(together).containsAllEntriesOf(alone);
    }

    /** Loads the folders into a new warehouse: each report's file name → its values (indicator, number, raw). */
    private Map<String, List<String>> load(List<Path> folders, Path db) throws Exception {
        try (Warehouse warehouse = Warehouse.open(db)) {
            long before = rss();
            long started = System.nanoTime();
            List<FileOutcome> outcomes = new BatchLoader(PARSER, new ReportLoader(warehouse), 2)
                    .loadFiles(InputFiles.collect(folders), o -> { });
            System.out.printf("Loaded %d files (%d failed) into %s in %.1f s; RSS %d → %d MiB%n", outcomes.size(),
                    outcomes.stream().filter(o -> o.error() != null).count(), db.getFileName(),
                    (System.nanoTime() - started) / 1e9, before, rss());
            Map<String, List<String>> values = new TreeMap<>();
            warehouse.dsl().select(REPORT.FILE_NAME, REPORT_VALUE.INDICATOR_ID, REPORT_VALUE.NUMBER, REPORT_VALUE.RAW)
                    .from(REPORT_VALUE).join(REPORT).on(REPORT.ID.eq(REPORT_VALUE.REPORT_ID))
                    .where(REPORT.FILE_NAME.in(goodNames()))
                    .orderBy(REPORT.FILE_NAME, REPORT_VALUE.ORDINAL)
                    .forEach(r -> values.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(r.value2() + "=" + r.value3() + " «" + r.value4() + "»"));
            return values;
        }
    }

    private List<String> goodNames() throws Exception {
        try (var files = Files.list(good)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** This JVM's resident set in MiB (Linux), for the figures printed with the runs. */
    static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
