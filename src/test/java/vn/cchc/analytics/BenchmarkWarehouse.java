package vn.cchc.analytics;

import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.sample.ReportingPeriod;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.Warehouse;

/**
 * The benchmark-sized national history, generated and loaded once by the real loader into a DuckDB
 * file under target/ and reused while that file exists (loading ~6,000 reports takes minutes; the
 * queries are what the benchmark measures): all 63 provinces, then the 34, 2024–2026, every kind of
 * period, five departments and a district per province — 5,805 reports, about 700,000 values.
 */
final class BenchmarkWarehouse {

    static final GeneratorSettings SETTINGS = GeneratorSettings.of(7, 2024, 2026, 0).withAgencies(5, 1)
            .withPeriods(EnumSet.allOf(ReportingPeriod.Kind.class));
    static final int MIN_REPORTS = 5_000;
    static final int MIN_VALUES = 500_000;

    private BenchmarkWarehouse() {
    }

    /** The loaded warehouse file in {@code dir}, generating and loading it first when it is not there yet. */
    static Path prepare(Path dir, PrintStream out) throws IOException {
        Path db = dir.resolve("national.duckdb");
        Path done = dir.resolve("national.loaded");
        if (Files.exists(db) && Files.exists(done)) {
            out.println("reusing " + db);
            return db;
        }
        Files.createDirectories(dir);
        Files.deleteIfExists(db);
        Path history = dir.resolve("history");
        if (!Files.exists(history.resolve(HistoryGenerator.MANIFEST))) {
            deleteTree(history);
            long t0 = System.nanoTime();
            HistoryGenerator.Summary s = new HistoryGenerator(Catalog.bundled(), ReferenceData.bundled(), SETTINGS)
                    .write(history, r -> { });
            out.printf("generated %,d reports (%,d values) in %.1f s%n", s.reports(), s.values(), secs(t0));
        }
        long t0 = System.nanoTime();
        try (Warehouse w = Warehouse.open(db)) {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            List<FileOutcome> outcomes = new BatchLoader(new ReportParser(Catalog.bundled(), ReferenceData.bundled()),
                    new ReportLoader(w), threads).load(BatchLoader.collect(List.of(history.resolve(HistoryGenerator.REPORTS))),
                    o -> { });
            long failed = outcomes.stream().filter(o -> o.kind() != FileOutcome.Kind.LOADED).count();
            int reports = w.dsl().fetchCount(REPORT);
            int values = w.dsl().fetchCount(REPORT_VALUE);
            out.printf("loaded %,d reports, %,d values (%d not loaded) in %.1f s%n", reports, values, failed, secs(t0));
            if (reports < MIN_REPORTS || values < MIN_VALUES) {
                throw new IllegalStateException("the benchmark history is smaller than " + MIN_REPORTS + " reports / "
                        + MIN_VALUES + " values");
            }
        }
        Files.writeString(done, "loaded\n");
        return db;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** Prepares the file: {@code java ... vn.cchc.analytics.BenchmarkWarehouse target/analytics-benchmark}. */
    public static void main(String[] args) throws IOException {
        prepare(Path.of(args.length > 0 ? args[0] : "target/analytics-benchmark"), System.out);
    }
}
