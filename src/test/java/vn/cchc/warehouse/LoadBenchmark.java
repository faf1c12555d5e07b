package vn.cchc.warehouse;

import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ParsedValue;
import vn.cchc.ingest.ReportParser;
import vn.cchc.ingest.ValueDraft;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;

/**
 * The bulk-load benchmark — not a timed test: it prints figures for a person to read and fails only
 * when the load is wrong. Run it with
 *
 * <pre>./mvnw -Pproduction,benchmark -DskipTests verify</pre>
 *
 * (the {@code benchmark} profile of pom.xml starts it in a JVM of its own with -Xmx4g).
 *
 * <ol type="a">
 * <li>The five seeds into a fresh DuckDB file (JVM warm, migration included).</li>
 * <li>A generated national history ({@link #SETTINGS}: the first {@value #PROVINCES} provinces of 2008
 *     and what they became in 2025, every period 2021–2026 — over 5,000 reports, 600,000 values).</li>
 * <li>Parse only: the files read into parsed reports, on all cores, kept in memory.</li>
 * <li>(c') Parse rates per format, measured after (f) (text by shape, docx, xlsx, xls, pdf): every file parsed once more on one
 *     thread, reports/s and ms of CPU a report ({@link ParseRates}).</li>
 * <li>Write only — "ours" of the ratio: those parsed reports written into a fresh, migrated warehouse
 *     as the loader does it ({@link ReportLoader#loadAll}, {@value BatchLoader#DEFAULT_BATCH} per
 *     transaction): reports, evidence, values, parts, findings, supersession. The median of
 *     {@value #RUNS} runs, each into a fresh file, every run's time printed: one run alone also
 *     measured the JIT compiling the writer.</li>
 * <li>(d') The same reports without their values into another fresh warehouse: (d) minus (d') is
 *     what ours spends on values and their parts, for a like-for-like ratio beside the main one.</li>
 * <li>DuckDB's own bulk path — "theirs": the same values as one CSV file (written beforehand, not
 *     timed), COPY into a fresh DuckDB file's table of report_value's columns and primary key (no
 *     foreign keys — report_value has none either since sql/V9 —, no other table); the median of
 *     {@value #RUNS} runs likewise. Printed: the ratio write only / COPY.</li>
 * <li>End to end: files → warehouse with the CLI's {@link BatchLoader} (parse on all cores, write in
 *     batches) into fresh files, the median of {@value #RUNS} runs (each printed with its CPU and JIT
 *     time: the first run still pays for compiling the writer's side), with the round trip of the
 *     median run against the generator's manifest; and the ratio of this end-to-end load to (e)'s
 *     COPY of its values, of the median and of the first run.</li>
 * </ol>
 *
 * Peak heap is the sum of the peak usages of the heap memory pools, reset before each run after a
 * System.gc(); DuckDB's own memory is native and not counted. Exits 1 when a check fails.
 */
public final class LoadBenchmark {

    static final int PROVINCES = 10;
    static final GeneratorSettings SETTINGS = GeneratorSettings.of(7, 2021, 2026, PROVINCES);
    static final int MIN_REPORTS = 5_000;
    static final long MIN_VALUES = 500_000;
    /** Parsed once, unmeasured, so that the measured runs do not pay the JIT warm-up. */
    private static final int WARM_UP_REPORTS = 100;

    private final Path work;
    private final PrintStream out;
    private final Catalog catalog = Catalog.bundled();
    private final ReferenceData reference = ReferenceData.bundled();
    private final ReportParser parser = new ReportParser(catalog, reference);
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

    /**
     * One measured run: its result, wall time, the heap pools' summed peak, the process's CPU time
     * (DuckDB's native threads included) and the JIT compilers' time — on two cores a cold JVM's
     * compiling competes with the parsers, so these say whether a run was parsing or compiling.
     */
    private record Measured<T>(T result, long nanos, long peakHeap, long cpuNanos, long jitMillis) {
        double seconds() {
            return nanos / 1e9;
        }
    }

    /** A batch run, and the part of it spent opening and migrating a fresh warehouse file. */
    private record Batch(List<FileOutcome> outcomes, long openNanos, long values) {
        Batch(List<FileOutcome> outcomes, long openNanos) {
            this(outcomes, openNanos, outcomes.stream().mapToLong(FileOutcome::valueCount).sum());
        }

        /** The same without the parsed reports, so that the runs of (f) do not keep a gigabyte of them each. */
        Batch withoutReports() {
            return new Batch(outcomes.stream().map(o -> new FileOutcome(o.fileName(), null, o.result(), o.error(), o.stop()))
                    .toList(), openNanos, values);
        }

        long count(FileOutcome.Kind kind) {
            return outcomes.stream().filter(o -> o.kind() == kind).count();
        }
    }

    private int run() throws IOException {
        out.printf(Locale.ROOT, "CCHC bulk-load benchmark: Java %s, %d cores, %d parser threads, max heap %s%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), threads, mib(Runtime.getRuntime().maxMemory()));

        // (a) The five seeds into a fresh warehouse.
        List<Path> seeds = BatchLoader.collect(List.of(SeedReports.copyTo(work.resolve("seeds"))));
        Measured<Batch> seedLoad = measure(() -> load(seeds, work.resolve("seeds.duckdb")));
        out.println();
        out.println("(a) the 5 seeds into a fresh DuckDB file");
        printRun("full load", seedLoad);

        // (b) The national history.
        long t0 = System.nanoTime();
        HistoryGenerator.Summary history = new HistoryGenerator(catalog, reference, SETTINGS).write(work.resolve("history"), r -> { });
        List<Path> files = BatchLoader.collect(List.of(history.reportFolder()));
        out.println();
        out.printf(Locale.ROOT, "(b) generated %,d reports, %,d values (%,d of them empty), %d planted inconsistencies in %.1f s: "
                        + "%d provinces of 2008 and their 2025 successors, %d–%d, %s%n", history.reports(), history.values(),
                history.nullValues(), history.planted(), (System.nanoTime() - t0) / 1e9, PROVINCES, SETTINGS.fromYear(),
                SETTINGS.toYear(), history.byKind());
        boolean ok = check("reports generated (at least)", Math.min(history.reports(), MIN_REPORTS), MIN_REPORTS);
        ok &= check("values generated (at least)", Math.min(history.values(), MIN_VALUES), MIN_VALUES);

        // (c)–(e) in a method of their own: what they keep in memory is gone before (f) measures its heap.
        double[] copySeconds = {0};
        ok &= parseWriteAndCopy(files, copySeconds);

        // (f) End to end, streaming, as the CLI does it: RUNS runs, each into a fresh file, every run
        // printed with its CPU and JIT time — a run's time swings with how much the JIT recompiles in it.
        out.println();
        out.printf(Locale.ROOT, "(f) end to end: files → fresh warehouse (parse on all cores while one writer commits batches); "
                + "median of %d runs%n", RUNS);
        List<Path> endToEndFiles = runFiles("end-to-end");
        List<Measured<Batch>> fullLoads = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path file = endToEndFiles.get(i);
            Measured<Batch> run = measure(() -> load(files, file));
            printRun("run " + (i + 1), run);
            ok &= check("files loaded", run.result().count(FileOutcome.Kind.LOADED), files.size());
            fullLoads.add(run);
        }
        int median = medianIndex(fullLoads);
        Measured<Batch> fullLoad = fullLoads.get(median);
        Path warehouseFile = endToEndFiles.get(median);
        printRun("full load", fullLoad);
        double loadSeconds = (fullLoad.nanos() - fullLoad.result().openNanos()) / 1e9;
        out.printf(Locale.ROOT, "    without opening and migrating the fresh file: %.2f s, %.1f reports/s, %,.0f values/s%n",
                loadSeconds, files.size() / loadSeconds, fullLoad.result().values() / loadSeconds);
        out.printf(Locale.ROOT, "    warehouse file: %s%n", mib(Files.size(warehouseFile)));
        out.printf(Locale.ROOT, "    RATIO end to end, files → warehouse (f) / DuckDB COPY of its values (e): %.2f   "
                + "(without opening and migrating the fresh file: %.2f; the first run alone: %.2f)%n", fullLoad.seconds() / copySeconds[0],
                loadSeconds / copySeconds[0], fullLoads.getFirst().seconds() / copySeconds[0]);

        // (c') Per format, one file at a time on one thread: which format costs what. After (f), so
        // that the end-to-end runs follow the same warm-up as before (c) and (d) only, not a pass
        // over one format at a time. The first end-to-end run's compiling varies from run to run in
        // either order (2026-12-05: 36.2 s before the move; 8.6 and 30.8 s after it).
        out.println();
        out.printf(Locale.ROOT, "(c') parse rates per format: every file parsed once more on one thread (load average %.2f)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ok &= check("files parsed one at a time", ParseRates.print(parser, files, out), 0);

        // The round trip.
        RoundTripCheck trip;
        try (Warehouse warehouse = Warehouse.open(warehouseFile)) {
            trip = RoundTripCheck.of(warehouse.dsl(), history.manifest(), history.inconsistencies());
        }
        out.println();
        out.println("round trip: the generator's manifest against indicator_values and findings");
        ok &= check("manifest values read back exactly", trip.manifestValues() - trip.wrongValues(), trip.manifestValues());
        ok &= check("values read that the manifest lacks", trip.extraValues(), 0);
        ok &= check("planted inconsistencies found", trip.planted() - trip.plantedMissed(), trip.planted());
        ok &= check("findings where none was planted", trip.unexpectedFindings(), 0);
        trip.examples().forEach(e -> out.println("      " + e));
        out.println(ok && trip.ok() ? "OK" : "FAILED");
        return ok && trip.ok() ? 0 : 1;
    }

    /** (c) parse only, (d) write only, (d') without values, (e) DuckDB's COPY of the same values, and the ratios. */
    private boolean parseWriteAndCopy(List<Path> files, double[] copySeconds) throws IOException {
        // (c) Parse only, keeping what was read for (d) and (e).
        new BatchLoader(parser, null, threads).load(files.subList(0, WARM_UP_REPORTS), o -> { });
        out.println();
        out.printf(Locale.ROOT, "(c) parse only (after %d reports parsed once, unmeasured)%n", WARM_UP_REPORTS);
        Measured<Batch> parseOnly = measure(() -> new Batch(new BatchLoader(parser, null, threads).load(files, progress()), 0));
        printRun("parse only", parseOnly);
        List<ParsedReport> parsed = parseOnly.result().outcomes().stream().map(FileOutcome::report).filter(r -> r != null).toList();
        boolean ok = check("files parsed", parsed.size(), files.size());

        // (d) Write only: ours. Each run into a fresh file; the median of RUNS.
        long values = parsed.stream().mapToLong(r -> r.values().size()).sum();
        out.println();
        out.printf(Locale.ROOT, "(d) write only, ours: %,d parsed reports → fresh warehouse, %d per transaction; median of %d runs%n",
                parsed.size(), BatchLoader.DEFAULT_BATCH, RUNS);
        List<Path> ours = runFiles("write-only");
        Measured<WriteOnly> writeOnly = median(ours, f -> writeOnly(parsed, f));
        out.printf(Locale.ROOT, "    %-11s %8.2f s  %7.1f reports/s  %,9.0f values/s  peak heap %s%n", "write only",
                writeOnly.seconds(), parsed.size() / writeOnly.seconds(), values / writeOnly.seconds(), mib(writeOnly.peakHeap()));
        ok &= check("reports written", writeOnly.result().written(), parsed.size());
        ok &= check("batches replayed report by report", writeOnly.result().replayed(), 0);

        // (d') The same reports without their values: what (d) spends on everything but values and parts.
        out.printf(Locale.ROOT, "(d') the same reports without their values (reports, evidence, findings, supersession)%n");
        List<ParsedReport> withoutValues = parsed.stream().map(r -> new ParsedReport(r.fileName(), r.sha256(), r.byteSize(),
                r.shape(), r.template(), r.metadata(), List.of(), r.findings())).toList();
        Measured<WriteOnly> writeOnlyWithoutValues = median(runFiles("write-only-without-values"), f -> writeOnly(withoutValues, f));
        out.printf(Locale.ROOT, "    %-11s %8.2f s  → values and their parts: %.2f s of (d)%n", "write only",
                writeOnlyWithoutValues.seconds(), writeOnly.seconds() - writeOnlyWithoutValues.seconds());
        ok &= check("reports written without values", writeOnlyWithoutValues.result().written(), parsed.size());

        // (e) DuckDB's own COPY of the same values, each run into a fresh file; the median of RUNS.
        Path csv = work.resolve("values.csv");
        writeCsv(parsed, csv);
        out.println();
        out.printf(Locale.ROOT, "(e) DuckDB COPY of the same %,d values from CSV (%s) into a fresh file's table of report_value's "
                + "columns and primary key; median of %d runs%n", values, mib(Files.size(csv)), RUNS);
        List<Path> theirs = runFiles("copy");
        Measured<Long> copy = median(theirs, f -> copyInto(f, csv));
        out.printf(Locale.ROOT, "    %-11s %8.2f s  %,9.0f values/s%n", "COPY", copy.seconds(), values / copy.seconds());
        ok &= check("values copied", copy.result(), values);
        copySeconds[0] = copy.seconds();
        // Rows, text lengths and the sum of the numbers (equal up to the order DuckDB sums them in).
        try (DuckDbDataSource ds = new DuckDbDataSource(theirs.getFirst())) {
            Record3<Long, Double, Long> copied = checksum(DSL.using(ds, SQLDialect.DUCKDB), DSL.table(COPY_TABLE));
            Record3<Long, Double, Long> written = checksumOf(ours.getFirst());
            ok &= check("the same rows and texts (checksum)", copied.value1() + " " + copied.value3(),
                    written.value1() + " " + written.value3());
            ok &= check("the same numbers (sum, to 1e-12 relative)",
                    Math.abs(copied.value2() - written.value2()) <= 1e-12 * Math.abs(written.value2()), true);
        }
        out.printf(Locale.ROOT, "    RATIO write only (ours) / DuckDB COPY: %.2f   (target ≤ 3)%n", writeOnly.seconds() / copy.seconds());
        out.printf(Locale.ROOT, "    ratio like for like, values and their parts only ((d) − (d')) / DuckDB COPY: %.2f%n",
                (writeOnly.seconds() - writeOnlyWithoutValues.seconds()) / copy.seconds());
        out.printf(Locale.ROOT, "    ratio end to end from parsed reports incl. parsing (c)+(d) / COPY: %.2f%n",
                (parseOnly.seconds() + writeOnly.seconds()) / copy.seconds());

        return ok;
    }

    /** Runs of (d), (d') and (e): each side measured this many times, each run into a fresh file, and the median taken. */
    static final int RUNS = 3;

    private List<Path> runFiles(String name) {
        return IntStream.rangeClosed(1, RUNS).mapToObj(i -> work.resolve(name + "-" + i + ".duckdb")).toList();
    }

    /** The median run of {@value #RUNS}, one into each file; every run's time printed. */
    private <T> Measured<T> median(List<Path> files, Function<Path, Measured<T>> run) {
        List<Measured<T>> runs = files.stream().map(run).toList();
        out.printf(Locale.ROOT, "    runs        %s s%n",
                String.join(", ", runs.stream().map(m -> String.format(Locale.ROOT, "%.2f", m.seconds())).toList()));
        return runs.get(medianIndex(runs));
    }

    /** The index of the median run by wall time (of an odd count; the upper middle of an even one). */
    private static int medianIndex(List<? extends Measured<?>> runs) {
        List<Integer> byTime = IntStream.range(0, runs.size()).boxed().sorted(Comparator.comparingLong(i -> runs.get(i).nanos())).toList();
        return byTime.get(runs.size() / 2);
    }

    /** DuckDB's own COPY of the values' CSV into a fresh file's table of report_value's columns and primary key. */
    private static Measured<Long> copyInto(Path file, Path csv) {
        try (DuckDbDataSource ds = new DuckDbDataSource(file)) {
            DSLContext dsl = DSL.using(ds, SQLDialect.DUCKDB);
            dsl.createTable(COPY_TABLE).columns(unqualified()).constraint(DSL.primaryKey(
                    DSL.name(REPORT_VALUE.REPORT_ID.getName()), DSL.name(REPORT_VALUE.ORDINAL.getName()))).execute();
            // DuckDB's own statement is the point of the comparison: jOOQ has no COPY, so a template with the path inlined.
            return measure(() -> (long) dsl.query("COPY {0} FROM {1} (FORMAT csv, HEADER true, ALLOW_QUOTED_NULLS false)",
                    COPY_TABLE, DSL.inline(csv.toString())).execute());
        }
    }

    /** What a write-only run stored: reports written without error, and batches replayed report by report. */
    private record WriteOnly(long written, int replayed) {
    }

    /** The parsed reports into a fresh, migrated warehouse as the loader writes them, {@value BatchLoader#DEFAULT_BATCH} per transaction. */
    private static Measured<WriteOnly> writeOnly(List<ParsedReport> parsed, Path warehouseFile) {
        try (Warehouse warehouse = Warehouse.open(warehouseFile)) {
            ReportLoader loader = new ReportLoader(warehouse);
            return measure(() -> {
                long written = 0;
                for (int i = 0; i < parsed.size(); i += BatchLoader.DEFAULT_BATCH) {
                    written += loader.loadAll(parsed.subList(i, Math.min(parsed.size(), i + BatchLoader.DEFAULT_BATCH))).stream()
                            .filter(a -> a.error() == null).count();
                }
                return new WriteOnly(written, loader.batchesReplayed());
            });
        }
    }

    private static final org.jooq.Name COPY_TABLE = DSL.name("value_copy");

    private static List<Field<?>> unqualified() {
        return Stream.of(REPORT_VALUE.fields()).<Field<?>>map(f -> DSL.field(DSL.name(f.getName()), f.getDataType())).toList();
    }

    private static Record3<Long, Double, Long> checksum(DSLContext dsl, org.jooq.Table<?> table) {
        Field<Double> number = DSL.field(DSL.name(REPORT_VALUE.NUMBER.getName()), Double.class);
        Field<String> raw = DSL.field(DSL.name(REPORT_VALUE.RAW.getName()), String.class);
        Field<String> text = DSL.field(DSL.name(REPORT_VALUE.TEXT_VALUE.getName()), String.class);
        return dsl.select(DSL.count().cast(Long.class), DSL.sum(number).cast(Double.class),
                DSL.sum(DSL.length(raw)).plus(DSL.count(text)).cast(Long.class)).from(table).fetchOne();
    }

    private static Record3<Long, Double, Long> checksumOf(Path warehouseFile) {
        try (Warehouse warehouse = Warehouse.open(warehouseFile)) {
            return checksum(warehouse.dsl(), REPORT_VALUE);
        }
    }

    private boolean check(String what, Object actual, Object expected) {
        boolean ok = actual instanceof Number a && expected instanceof Number e ? a.longValue() == e.longValue()
                : actual.equals(expected);
        out.printf(Locale.ROOT, "check %-45s %s  expected %s  %s%n", what, actual, expected, ok ? "ok" : "WRONG");
        return ok;
    }

    /** The values as report_value's columns, RFC 4180: strings quoted, NULL an empty unquoted field. */
    private static void writeCsv(List<ParsedReport> parsed, Path csv) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(String.join(",", Stream.of(REPORT_VALUE.fields()).map(Field::getName).toList()));
            w.write('\n');
            for (int i = 0; i < parsed.size(); i++) {
                for (ValueDraft v : parsed.get(i).values()) {
                    ParsedValue p = v.value();
                    List<String> row = new ArrayList<>();
                    for (var field : REPORT_VALUE.fields()) {
                        row.add(switch (field.getName()) {
                            case "report_id" -> String.valueOf(i + 1);
                            case "ordinal" -> String.valueOf(v.ordinal());
                            case "indicator_id" -> quoted(v.indicatorId());
                            case "number" -> number(p.number());
                            case "raw" -> quoted(p.raw() == null ? "" : p.raw());
                            case "text_value" -> quoted(p.text());
                            case "unit_raw" -> quoted(v.unitRaw());
                            case "note" -> quoted(v.note() == null || v.note().isBlank() ? null : v.note());
                            case "numerator" -> number(p.numerator());
                            case "denominator" -> number(p.denominator());
                            case "qualifier" -> quoted(p.qualifier());
                            case "origin" -> quoted(v.origin().name().toLowerCase(Locale.ROOT));
                            case "item_code" -> quoted(v.itemCode() == null || v.itemCode().isBlank() ? null : v.itemCode());
                            case "label_raw" -> quoted(v.labelRaw());
                            case "source_line" -> String.valueOf(v.line());
                            default -> throw new IllegalStateException("report_value column unknown to the benchmark: " + field.getName());
                        });
                    }
                    w.write(String.join(",", row));
                    w.write('\n');
                }
            }
        }
    }

    private static String quoted(String s) {
        return s == null ? "" : '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String number(Double d) {
        return d == null ? "" : Double.toString(d);
    }

    /** Opens a fresh warehouse file and loads the files into it, as the CLI's load command does. */
    private Batch load(List<Path> files, Path warehouseFile) {
        long t0 = System.nanoTime();
        try (Warehouse warehouse = Warehouse.open(warehouseFile)) {
            long opened = System.nanoTime() - t0;
            return new Batch(new BatchLoader(parser, new ReportLoader(warehouse), threads).load(files, progress()), opened)
                    .withoutReports();
        }
    }

    // ---- measuring and printing --------------------------------------------------------------

    private static <T> Measured<T> measure(Supplier<T> run) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long cpu0 = processCpuNanos();
        long jit0 = jit.getTotalCompilationTime();
        long t0 = System.nanoTime();
        T result = run.get();
        long nanos = System.nanoTime() - t0;
        long peak = heap.stream().filter(MemoryPoolMXBean::isValid).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured<>(result, nanos, peak, processCpuNanos() - cpu0, jit.getTotalCompilationTime() - jit0);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private void printRun(String name, Measured<Batch> m) {
        Batch b = m.result();
        double seconds = m.seconds();
        out.printf(Locale.ROOT, "    %-11s %8.2f s  %7.1f reports/s  %,9.0f values/s  peak heap %s  (%,d reports, %,d values%s)%n",
                name, seconds, b.outcomes().size() / seconds, b.values() / seconds, mib(m.peakHeap()), b.outcomes().size(),
                b.values(), b.openNanos() == 0 ? "" : String.format(Locale.ROOT, "; of the time, opening and migrating the fresh file %.2f s",
                        b.openNanos() / 1e9));
        out.printf(Locale.ROOT, "    %-11s %8.2f s CPU of the process, of it %.2f s the JIT compiling; load average %.2f after%n", "",
                m.cpuNanos() / 1e9, m.jitMillis() / 1e3, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
