package vn.cchc.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.sample.ReportingPeriod.Kind;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.Warehouse;

/**
 * The warehouse the server-side view tests run against, built once per test JVM by the real
 * generator and loader: four 2008 provinces (and the 2025 provinces they became), quarters of
 * 2024–2026 across the July 2025 reorganisation, three departments and one district each. The
 * other 59 provinces have no report — the views must list them apart, never as 0.
 */
final class UiTestWarehouse {

    static final GeneratorSettings SETTINGS = GeneratorSettings.of(42, 2024, 2026, 4).withAgencies(3, 1)
            .withPeriods(EnumSet.of(Kind.Q1, Kind.Q2, Kind.Q3, Kind.Q4)).withInconsistencyRate(0.05);

    private static Path file;

    private UiTestWarehouse() {
    }

    /** Points the app at the test warehouse (building it on first use) and keeps the sample out. */
    static void register(DynamicPropertyRegistry registry) {
        Path path = path();
        registry.add("cchc.warehouse.path", path::toString);
        registry.add("cchc.sample.on-first-start", () -> "false");
    }

    static synchronized Path path() {
        if (file == null) {
            file = build();
        }
        return file;
    }

    private static Path build() {
        try {
            Path dir = Files.createTempDirectory("cchc-ui-test");
            Catalog catalog = Catalog.bundled();
            ReferenceData reference = ReferenceData.bundled();
            HistoryGenerator.Summary generated = new HistoryGenerator(catalog, reference, SETTINGS)
                    .write(dir.resolve("history"), r -> { });
            Path db = dir.resolve("ui.duckdb");
            try (Warehouse warehouse = Warehouse.open(db)) {
                new BatchLoader(new ReportParser(catalog, reference), new ReportLoader(warehouse), 2)
                        .load(BatchLoader.collect(List.of(generated.reportFolder())), o -> { });
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
