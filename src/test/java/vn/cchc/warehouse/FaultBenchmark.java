package vn.cchc.warehouse;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ReportParser;
import vn.cchc.ingest.ReportReadException;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;

/**
 * The fault benchmark — not a timed test: it prints counts for a person to read and exits 1 when the
 * warehouse ever fails them. Run it with
 *
 * <pre>./mvnw -B -ntp -o -Dcchc.sample.skip=true -Pfault-benchmark -DskipTests test</pre>
 *
 * It generates a history ({@link #SETTINGS}), loads it once cleanly with the command line in a child
 * JVM ({@code load --db clean.duckdb}), then loads it again into another file and kills that load
 * with SIGKILL ({@link Process#destroyForcibly}, SIGKILL on Linux) at {@value #KILLS} random moments
 * between the child's start and the clean load's duration. After each kill: the warehouse opens
 * (and migrates, should a kill have come during the migration), every stored report has exactly
 * as many values as its file parses to (whole or absent), no report, value or agency is there
 * twice; then the next run resumes the load (a run that ends before its moment, or is killed
 * with everything loaded, leaves a whole warehouse, checked, then begun again, until {@value #KILLS} kills). At the end one run finishes it, and the warehouse must
 * equal the clean one: the same {@code indicator_values} rows, the same number of reports.
 *
 * <p>Arguments: the work folder (emptied first), then optionally the random seed of the kill moments.
 */
public final class FaultBenchmark {

    static final int KILLS = 20;
    /** Runs tried at most for the kills: a run may end before its moment. */
    static final int MOST_RUNS = 3 * KILLS;
    /** One province of 2008 and its successor, 2021–2026: some 600 reports in every format. */
    static final GeneratorSettings SETTINGS = GeneratorSettings.of(14, 2021, 2026, 1);

    private final Path work;
    private final PrintStream out;
    private final Random random;
    private final long seed;

    private FaultBenchmark(Path work, PrintStream out, long seed) {
        this.work = work;
        this.out = out;
        this.seed = seed;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path work = Path.of(args.length > 0 ? args[0] : "target/fault-benchmark").toAbsolutePath();
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        deleteRecursively(work);
        Files.createDirectories(work.resolve("logs"));
        System.exit(new FaultBenchmark(work, System.out, seed).run());
    }

    /** What a check after a kill found. */
    private record State(int reports, int partial, int duplicates, boolean opened, String problem) {
        boolean whole() {
            return opened && partial == 0 && duplicates == 0;
        }
    }

    private int run() throws Exception {
        Catalog catalog = Catalog.bundled();
        ReferenceData reference = ReferenceData.bundled();
        long t0 = System.nanoTime();
        HistoryGenerator.Summary history = new HistoryGenerator(catalog, reference, SETTINGS).write(work.resolve("history"), r -> { });
        List<Path> files = BatchLoader.collect(List.of(history.reportFolder()));
        out.printf(Locale.ROOT, "CCHC fault benchmark: %d kills (SIGKILL), kill-moment seed %d, %d cores%n", KILLS, seed,
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "history: %,d files, %,d values (seed %d, %d provinces, %d–%d) in %.1f s%n", files.size(),
                history.values(), SETTINGS.seed(), SETTINGS.provinceLimit(), SETTINGS.fromYear(), SETTINGS.toYear(),
                (System.nanoTime() - t0) / 1e9);

        Map<String, Integer> expected = parse(new ReportParser(catalog, reference), files);
        out.printf(Locale.ROOT, "parsed in this JVM: %,d reports (their value counts are what a whole report holds)%n", expected.size());

        Path clean = work.resolve("clean.duckdb");
        long c0 = System.nanoTime();
        int cleanExit = load(clean, "clean").waitFor();
        long cleanMillis = (System.nanoTime() - c0) / 1_000_000;
        State cleanState = check(clean, expected);
        out.printf(Locale.ROOT, "clean load: exit %d, %.1f s, %,d reports, partial %d, duplicates %d%n", cleanExit,
                cleanMillis / 1e3, cleanState.reports(), cleanState.partial(), cleanState.duplicates());

        Path faulted = work.resolve("faulted.duckdb");
        int killed = 0;
        int survived = 0;
        int finishedFirst = 0;
        int partial = 0;
        int duplicates = 0;
        int before = 0;
        // Until KILLS kills: a run that ends before its moment (the later, resumed runs have less left to
        // load), or is killed with everything loaded, leaves a whole warehouse, which is checked and
        // then started afresh, so that every kill hits a load with work left.
        for (int i = 1; killed < KILLS && i <= MOST_RUNS; i++) {
            long delay = 200 + (long) (random.nextDouble() * cleanMillis);
            Process p = load(faulted, "run-" + i);
            boolean exited = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (exited) {
                finishedFirst++;
            } else {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally
                p.waitFor();
                killed++;
            }
            State s = check(faulted, expected);
            partial += s.partial();
            duplicates += s.duplicates();
            if (!exited && s.whole()) {
                survived++;
            }
            out.printf(Locale.ROOT, "  %2d: %s after %,6d ms; reports %,d -> %,d; opens %s, partial %d, duplicates %d%s%n", i,
                    exited ? "ended by itself (exit " + p.exitValue() + ")" : "SIGKILL", delay, before, s.reports(),
                    s.opened() ? "yes" : "NO", s.partial(), s.duplicates(), s.problem() == null ? "" : " — " + s.problem());
            before = s.reports();
            if (exited || s.reports() >= expected.size()) {
                // Nothing left to load: the next kill would hit an idle resume, so the next run begins afresh.
                deleteWarehouse(faulted);
                before = 0;
            }
        }
        int finalExit = load(faulted, "resume").waitFor();
        State end = check(faulted, expected);
        partial += end.partial();
        duplicates += end.duplicates();
        boolean equal = end.opened() && cleanState.opened() && rows(faulted).equals(rows(clean)) && end.reports() == cleanState.reports();

        out.println();
        out.printf(Locale.ROOT, "kills %d (runs that ended before their moment: %d), kills survived %d, partial reports %d, "
                        + "duplicates %d, resumed load exit %d, equal to clean: %s (%,d reports, %,d indicator_values rows)%n",
                killed, finishedFirst, survived, partial, duplicates, finalExit, equal ? "yes" : "NO", end.reports(), rows(faulted).size());
        boolean ok = killed == KILLS && cleanState.whole() && killed == survived && partial == 0 && duplicates == 0 && equal && finalExit == cleanExit;
        out.println(ok ? "OK" : "FAILED");
        return ok ? 0 : 1;
    }

    /** sha256 → the number of values its file parses to; files that do not parse are never stored. */
    private static Map<String, Integer> parse(ReportParser parser, List<Path> files) {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> {
            try {
                ParsedReport r = parser.parse(f.getFileName().toString(), Files.readAllBytes(f));
                counts.put(r.sha256(), r.values().size());
            } catch (ReportReadException | IOException e) {
                // not a report: the load refuses it too
            }
        });
        return counts;
    }

    /** The command line's bulk load of the history in a JVM of its own, its output in logs/. */
    private Process load(Path db, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "vn.cchc.Application", "load", "--db", db.toString(), "--lang", "en", work.resolve("history").toString()));
        Path log = work.resolve("logs").resolve(name + ".txt");
        // Its own working folder: the load's audit goes to data/cchc-accounts.duckdb there, not into the checkout.
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    private static State check(Path db, Map<String, Integer> expected) {
        if (!Files.exists(db)) {
            return new State(0, 0, 0, true, "no file yet");
        }
        try (Warehouse w = Warehouse.open(db)) {
            DSLContext dsl = w.dsl();
            int partial = 0;
            List<String> problems = new ArrayList<>();
            var stored = dsl.select(REPORT.SHA256, count(REPORT_VALUE.ORDINAL)).from(REPORT)
                    .leftJoin(REPORT_VALUE).on(REPORT_VALUE.REPORT_ID.eq(REPORT.ID)).groupBy(REPORT.SHA256).fetch();
            for (var r : stored) {
                Integer want = expected.get(r.value1());
                if (want == null || !want.equals(r.value2())) {
                    partial++;
                    problems.add(r.value1().substring(0, 12) + " holds " + r.value2() + " of " + want + " values");
                }
            }
            int reports = dsl.fetchCount(REPORT);
            int duplicates = reports - dsl.select(countDistinct(REPORT.SHA256)).from(REPORT).fetchSingle().value1();
            duplicates += dsl.fetchCount(REPORT_VALUE) - dsl.fetchCount(dsl.selectDistinct(REPORT_VALUE.REPORT_ID, REPORT_VALUE.ORDINAL).from(REPORT_VALUE));
            duplicates += dsl.fetchCount(AGENCY) - dsl.fetchCount(dsl.selectDistinct(AGENCY.PROVINCE_SLUG, AGENCY.KIND, AGENCY.NAME).from(AGENCY));
            return new State(reports, partial, duplicates, true, problems.isEmpty() ? null : String.join("; ", problems.subList(0, Math.min(3, problems.size()))));
        } catch (RuntimeException e) {
            return new State(0, 0, 0, false, e.getMessage());
        }
    }

    /** Every indicator_values row, sorted: the public view holds no report ids, so two loads compare as sets. */
    private static List<List<Object>> rows(Path db) {
        try (Warehouse w = Warehouse.openReadOnly(db)) {
            return w.dsl().selectFrom(INDICATOR_VALUES).orderBy(INDICATOR_VALUES.fields()).fetch().map(r -> Arrays.asList(r.intoArray()));
        }
    }

    /** A warehouse file and its write-ahead log, so that the next run starts from nothing. */
    private static void deleteWarehouse(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
