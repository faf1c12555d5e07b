package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.ReportRetraction;
import vn.cchc.warehouse.Warehouse;

/**
 * The views' kept answers ({@link ViewCache}) on a real warehouse: served again only to a reader of
 * the same scope, and never after a load or a retraction has moved the derived tables on — each
 * served answer is checked against the same call computed afresh.
 */
class ViewCacheIT {

    static final GeneratorSettings SETTINGS = GeneratorSettings.of(11L, 2025, 2025, 4).withAgencies(2, 0)
            .withInconsistencyRate(0).withFormats(java.util.EnumSet.of(vn.cchc.sample.FileFormat.TXT));

    @TempDir
    Path tmp;

    @Test
    void aKeptAnswerFollowsLoadsAndRetractionsAndStaysWithinItsScope() throws Exception {
        Catalog catalog = Catalog.bundled();
        ReferenceData reference = ReferenceData.bundled();
        HistoryGenerator.Summary generated = new HistoryGenerator(catalog, reference, SETTINGS).write(tmp.resolve("h"), r -> { });
        List<Path> files = BatchLoader.collect(List.of(generated.reportFolder()));
        try (Warehouse w = Warehouse.open(tmp.resolve("cchc.duckdb"))) {
            ReportLoader loader = new ReportLoader(w);
            BatchLoader batch = new BatchLoader(new ReportParser(catalog, reference), loader, 1);
            ManifestTruth truth = new ManifestTruth(generated.manifest(), generated.inconsistencies(), Set.of());
            Set<String> q4Files = truth.where(r -> r.period().equals("2025-Q4")).stream().map(ManifestTruth.Report::file)
                    .collect(java.util.stream.Collectors.toSet());
            List<Path> q4 = files.stream().filter(f -> q4Files.contains(f.getFileName().toString())).toList();
            assertThat(q4).isNotEmpty();
            batch.load(files.stream().filter(f -> !q4.contains(f)).toList(), o -> { });

            AnalyticsTables tables = new AnalyticsTables(w.dsl());
            tables.afterPropertiesSet();
            Services country = Services.on(w.dsl(), AccessScopeSource.countryWide(), tables);
            Services fresh = Services.uncached(w.dsl());
            PeriodRange year = PeriodRange.quarters("2025-Q1", "2025-Q4");
            String province = country.options().provinces(Boundary.NEW_34).stream().map(ProvinceOption::slug)
                    .filter(s -> !country.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, year, s, "province", Boundary.NEW_34)
                            .agencies().isEmpty()).findFirst().orElseThrow();

            Heatmap before = country.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, year, null, "province", Boundary.NEW_34);
            assertThat(country.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, year, null, "province", Boundary.NEW_34))
                    .as("kept: the very same answer").isSameAs(before);
            assertThat(reportedIn(before, "2025-Q4")).isZero();

            // A load: the tables move on, and so does the answer.
            List<FileOutcome> loaded = batch.load(q4, o -> { });
            assertThat(tables.ensureFresh()).isNotEqualTo(AnalyticsTables.Refresh.NONE);
            Heatmap after = country.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, year, null, "province", Boundary.NEW_34);
            assertThat(reportedIn(after, "2025-Q4")).isPositive();
            assertThat(after).isEqualTo(fresh.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, year, null, "province",
                    Boundary.NEW_34));

            // A retraction: the report leaves the kept answers too.
            long agency = after.agencies().getFirst().id();
            List<ReportRow> reports = country.drillDown().reports(agency);
            long q4Report = reports.stream().filter(r -> "2025-Q4".equals(r.period())).findFirst().orElseThrow().reportId();
            assertThat(new ReportRetraction(loader).retract(q4Report, "test", "kept answers").status())
                    .isEqualTo(ReportRetraction.Status.RETRACTED);
            tables.ensureFresh();
            assertThat(country.drillDown().reports(agency)).extracting(ReportRow::reportId).doesNotContain(q4Report)
                    .containsExactlyElementsOf(fresh.drillDown().reports(agency).stream().map(ReportRow::reportId).toList());
            assertThat(loaded).isNotEmpty();

            // Another reader's scope never gets the country-wide answer, though the keeper is shared.
            Services scoped = Services.on(w.dsl(), () -> AccessScope.provinces(Set.of(province)), tables);
            Heatmap own = scoped.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, year, null, "province", Boundary.NEW_34);
            Heatmap countryNow = country.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, year, null, "province", Boundary.NEW_34);
            assertThat(countryNow.agencies().size()).isGreaterThan(own.agencies().size());
            assertThat(own.agencies()).isNotEmpty().allSatisfy(a -> assertThat(a.provinceSlug()).isEqualTo(province));
        }
    }

    private static long reportedIn(Heatmap map, String period) {
        int column = map.periods().indexOf(period);
        long n = 0;
        for (int row = 0; row < map.agencies().size(); row++) {
            n += map.figure(row, column).reported() ? 1 : 0;
        }
        return n;
    }
}
