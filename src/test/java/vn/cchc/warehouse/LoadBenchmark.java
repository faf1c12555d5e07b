package vn.cchc.warehouse;

import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_SUPERSESSION;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.cchc.ingest.ReportMetadata;
import vn.cchc.ingest.ReportParser;
import vn.cchc.warehouse.SeedVariants.Expected;
import vn.cchc.warehouse.SeedVariants.Variant;

/**
 * The load benchmark — not a timed test: it prints figures for a person to read and fails only
 * when the load is wrong. Run it with
 *
 * <pre>./mvnw -Pproduction,benchmark -DskipTests verify</pre>
 *
 * (the {@code benchmark} profile of pom.xml starts it in a JVM of its own with -Xmx512m).
 *
 * <ol type="a">
 * <li>The five seeds into a fresh DuckDB file.</li>
 * <li>{@value #REPORTS} distinct reports written by {@link SeedVariants} into a temporary folder,
 *     then, in this process, a reference run that only parses them ({@link BatchLoader} without
 *     a loader, as the CLI's --dry-run) and the full load into another fresh DuckDB file.</li>
 * </ol>
 *
 * For each run: wall time, reports/s, values/s and peak heap — the sum of the peak usages of the
 * heap memory pools, reset before the run, after a System.gc(). The sum of per-pool peaks can
 * exceed what was ever in use at one moment; DuckDB's own memory is native and not counted.
 * Exits 1 unless the warehouse holds {@value #REPORTS} current reports and, for each, as many
 * values as its seed gives.
 */
public final class LoadBenchmark {

    static final int REPORTS = 1_000;
    /** Parsed once, unmeasured, so that the reference run does not pay the JIT warm-up alone. */
    private static final int WARM_UP_REPORTS = 50;

    private final Path work;
    private final PrintStream out;
    private final ReportParser parser = SeedReports.parser();
    private final int threads = Runtime.getRuntime().availableProcessors();

    private LoadBenchmark(Path work, PrintStream out) {
        this.work = work;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        // The figures are the output: no library banners between them.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path work = Files.createTempDirectory("cchc-benchmark");
        int exit;
        try {
            exit = new LoadBenchmark(work, System.out).run();
        } finally {
            deleteRecursively(work);
        }
        System.exit(exit);
    }

    /** One measured run: its result, wall time and the heap pools' summed peak. */
    private record Measured<T>(T result, long nanos, long peakHeap) {
        double seconds() {
            return nanos / 1e9;
        }
    }

    /** A batch run, and the part of it spent opening and migrating a fresh warehouse file. */
    private record Batch(List<FileOutcome> outcomes, long openNanos) {
        long values() {
            return outcomes.stream().mapToLong(FileOutcome::valueCount).sum();
        }

        long count(FileOutcome.Kind kind) {
            return outcomes.stream().filter(o -> o.kind() == kind).count();
        }
    }

    private int run() throws IOException {
        out.printf(Locale.ROOT, "CCHC load benchmark: Java %s, %d cores, %d parser threads, max heap %s%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), threads, mib(Runtime.getRuntime().maxMemory()));

        // (a) The five seeds into a fresh warehouse.
        List<Path> seeds = BatchLoader.collect(List.of(SeedReports.copyTo(work.resolve("seeds"))));
        Measured<Batch> seedLoad = measure(() -> load(seeds, work.resolve("seeds.duckdb")));
        out.println();
        out.println("(a) the 5 seeds into a fresh DuckDB file");
        printRun("full load", seedLoad);
        Map<String, Integer> seedValues = seedLoad.result().outcomes().stream()
                .collect(Collectors.toMap(FileOutcome::fileName, FileOutcome::valueCount));

        // (b) 1,000 distinct unseen reports.
        SeedVariants variants = SeedVariants.bundled();
        long t0 = System.nanoTime();
        List<Variant> list = variants.distinct(REPORTS);
        Path folder = Files.createDirectories(work.resolve("reports"));
        long bytes = 0;
        for (Variant v : list) {
            byte[] text = variants.write(v);
            Files.write(folder.resolve(v.fileName()), text);
            bytes += text.length;
        }
        List<Path> files = BatchLoader.collect(List.of(folder));
        out.println();
        out.printf(Locale.ROOT, "(b) %,d distinct reports written in %.1f s (%s): %s%n", files.size(),
                (System.nanoTime() - t0) / 1e9, mib(bytes), describe(list, variants));
        long expectedValues = list.stream().mapToLong(v -> seedValues.get(v.seed().file)).sum();

        new BatchLoader(parser, null, threads).load(files.subList(0, WARM_UP_REPORTS), o -> { });
        out.printf(Locale.ROOT, "    (warm-up: %d of them parsed once, unmeasured)%n", WARM_UP_REPORTS);
        Measured<Batch> parseOnly = measure(() -> new Batch(new BatchLoader(parser, null, threads).load(files, progress()), 0));
        printRun("parse only", parseOnly);
        Path warehouseFile = work.resolve("full.duckdb");
        Measured<Batch> fullLoad = measure(() -> load(files, warehouseFile));
        printRun("full load", fullLoad);
        double loadSeconds = (fullLoad.nanos() - fullLoad.result().openNanos()) / 1e9;
        out.printf(Locale.ROOT, "    ratio full load / parse only: %.2f (%.2f with opening and migrating the fresh file)%n",
                loadSeconds / parseOnly.seconds(), fullLoad.seconds() / parseOnly.seconds());
        out.printf(Locale.ROOT, "    warehouse file: %s%n", mib(Files.size(warehouseFile)));

        boolean ok = checkWarehouse(warehouseFile, parseOnly.result(), fullLoad.result(), expectedValues);
        ok &= checkReadAsWritten(parseOnly.result(), list, variants);
        out.println(ok ? "OK" : "FAILED");
        return ok ? 0 : 1;
    }

    /** Opens a fresh warehouse file and loads the files into it, as the CLI's load command does. */
    private Batch load(List<Path> files, Path warehouseFile) {
        long t0 = System.nanoTime();
        try (Warehouse warehouse = Warehouse.open(warehouseFile)) {
            long opened = System.nanoTime() - t0;
            return new Batch(new BatchLoader(parser, new ReportLoader(warehouse), threads).load(files, progress()), opened);
        }
    }

    // ---- checks ------------------------------------------------------------------------------

    private boolean checkWarehouse(Path warehouseFile, Batch parseOnly, Batch fullLoad, long expectedValues) {
        int current;
        int values;
        try (Warehouse warehouse = Warehouse.open(warehouseFile)) {
            DSLContext dsl = warehouse.dsl();
            current = dsl.fetchCount(REPORT, DSL.notExists(
                    dsl.selectOne().from(REPORT_SUPERSESSION).where(REPORT_SUPERSESSION.REPORT_ID.eq(REPORT.ID))));
            values = dsl.fetchCount(INDICATOR_VALUES);
        }
        out.println();
        boolean ok = check("files loaded", fullLoad.count(FileOutcome.Kind.LOADED), REPORTS);
        ok &= check("current reports in the warehouse", current, REPORTS);
        ok &= check("values of current reports (indicator_values)", values, expectedValues);
        ok &= check("values read by the parse-only run", parseOnly.values(), expectedValues);
        return ok;
    }

    /**
     * Counting reports and values cannot tell a report filed under the wrong province or agency:
     * every report must read as the province, agency, kind and period it was written for, with
     * no row left unmatched and no metadata missing.
     */
    private boolean checkReadAsWritten(Batch parseOnly, List<Variant> list, SeedVariants variants) {
        Map<String, Variant> byFile = list.stream().collect(Collectors.toMap(Variant::fileName, v -> v));
        List<String> wrong = new ArrayList<>();
        long clean = 0;
        for (FileOutcome o : parseOnly.outcomes()) {
            if (o.report() == null) {
                wrong.add(o.fileName() + ": " + o.error());
                continue;
            }
            Expected e = variants.expected(byFile.get(o.fileName()));
            ReportMetadata m = o.report().metadata();
            List<String> read = Stream.of(m.province(), m.agency(), m.agencyKind(), m.period())
                    .map(d -> d == null ? null : d.value()).toList();
            List<String> written = List.of(e.province(), e.agency(), e.agencyKind(), e.period());
            if (!read.equals(written)) {
                wrong.add(o.fileName() + ": read " + read + ", written " + written);
            }
            if (o.report().count("unmatched_row") + o.report().count("metadata_missing") == 0) {
                clean++;
            }
        }
        boolean ok = check("reports read with the metadata written", REPORTS - wrong.size(), REPORTS);
        wrong.stream().limit(5).forEach(w -> out.println("      " + w));
        return ok & check("reports without unmatched_row/metadata_missing", clean, REPORTS);
    }

    private boolean check(String what, long actual, long expected) {
        boolean ok = actual == expected;
        out.printf(Locale.ROOT, "check %-45s %,9d  expected %,9d  %s%n", what, actual, expected, ok ? "ok" : "WRONG");
        return ok;
    }

    // ---- measuring and printing --------------------------------------------------------------

    private static <T> Measured<T> measure(Supplier<T> run) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        T result = run.get();
        long nanos = System.nanoTime() - t0;
        long peak = heap.stream().filter(MemoryPoolMXBean::isValid).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured<>(result, nanos, peak);
    }

    private void printRun(String name, Measured<Batch> m) {
        Batch b = m.result();
        double seconds = m.seconds();
        out.printf(Locale.ROOT, "    %-11s %8.2f s  %7.1f reports/s  %,9.0f values/s  peak heap %s  (%,d reports, %,d values%s)%n",
                name, seconds, b.outcomes().size() / seconds, b.values() / seconds, mib(m.peakHeap()), b.outcomes().size(),
                b.values(), b.openNanos() == 0 ? "" : String.format(Locale.ROOT, "; of the time, opening and migrating the fresh file %.2f s",
                        b.openNanos() / 1e9));
        long failed = b.count(FileOutcome.Kind.FAILED);
        if (failed > 0) {
            b.outcomes().stream().filter(o -> o.kind() == FileOutcome.Kind.FAILED).limit(5)
                    .forEach(o -> out.println("      FAILED " + o.fileName() + ": " + o.error()));
        }
    }

    /** A line every 250 files, so that a slow machine is seen to be working. */
    private Consumer<FileOutcome> progress() {
        int[] done = {0};
        return o -> {
            if (++done[0] % 250 == 0) {
                System.err.printf(Locale.ROOT, "      … %d files%n", done[0]);
            }
        };
    }

    private static String describe(List<Variant> list, SeedVariants variants) {
        List<Expected> expected = list.stream().map(variants::expected).toList();
        Map<String, Long> kinds = expected.stream().collect(Collectors.groupingBy(Expected::agencyKind, java.util.TreeMap::new, Collectors.counting()));
        return String.format(Locale.ROOT, "%d provinces, %d periods, %d agency names %s, factors %d–%d",
                expected.stream().map(Expected::province).distinct().count(),
                expected.stream().map(Expected::period).distinct().count(),
                expected.stream().map(Expected::agency).distinct().count(), kinds,
                list.stream().mapToInt(Variant::factor).min().orElse(0), list.stream().mapToInt(Variant::factor).max().orElse(0));
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
