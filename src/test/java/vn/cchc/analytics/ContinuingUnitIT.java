package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.analytics.ManifestTruth.Report;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.DepartmentLineageRef;
import vn.cchc.catalog.DepartmentRef;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.Warehouse;

/**
 * One row per agency across the 2025 merger (issue 12, DOMAIN §8): a generated history of the first
 * four provinces of 2008 over 2025–2026 (Hà Giang and Tuyên Quang become Tuyên Quang 2025, Cao Bằng
 * continues alone), loaded by the real loader into a real DuckDB file. Under the 34 boundaries a UBND
 * tỉnh, or a department along its primary lineage, that continues into the merged province is one
 * row on the heatmap and one line on trends, its history before 2025-07-01 (filed under the old
 * province, under the old department type) shown under the new one; under the 63 it stays apart.
 */
class ContinuingUnitIT {

    static final GeneratorSettings SETTINGS = GeneratorSettings.of(20250701L, 2025, 2026, 4).withAgencies(3, 1)
            .withInconsistencyRate(0)
            .withFormats(java.util.EnumSet.of(vn.cchc.sample.FileFormat.TXT));
    static final PeriodRange QUARTERS = PeriodRange.quarters("2025-Q1", "2026-Q4");

    @TempDir
    static Path tmp;
    static Warehouse warehouse;
    static Services s;
    static ManifestTruth truth;

    @BeforeAll
    static void generateAndLoad() throws IOException {
        Catalog catalog = Catalog.bundled();
        ReferenceData reference = ReferenceData.bundled();
        HistoryGenerator.Summary generated = new HistoryGenerator(catalog, reference, SETTINGS)
                .write(tmp.resolve("history"), r -> { });
        truth = new ManifestTruth(generated.manifest(), generated.inconsistencies(), Set.of());
        warehouse = Warehouse.open(tmp.resolve("cchc.duckdb"));
        List<FileOutcome> outcomes = new BatchLoader(new ReportParser(catalog, reference), new ReportLoader(warehouse), 2)
                .load(BatchLoader.collect(List.of(generated.reportFolder())), o -> { });
        assertThat(outcomes).hasSize(truth.reports.size()).allMatch(o -> o.kind() == FileOutcome.Kind.LOADED);
        s = Services.on(warehouse.dsl());
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static List<Report> aggregates(String period, String... provinceSlugs) {
        Set<String> slugs = Set.of(provinceSlugs);
        return truth.where(r -> r.period().equals(period) && r.kind().equals("province") && slugs.contains(r.provinceSlug()));
    }

    @Test
    void aProvincesUbndIsOneRowOnTheHeatmapAcrossTheMergerShownUnderTheNewProvince() {
        Heatmap map = s.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, QUARTERS, "tuyen-quang-2025", "province", Boundary.NEW_34);

        assertThat(map.agencies()).singleElement().satisfies(a -> {
            assertThat(a.provinceSlug()).isEqualTo("tuyen-quang-2025");
            assertThat(a.kind()).isEqualTo("province");
        });
        for (int column = 0; column < map.periods().size(); column++) {
            String period = map.periods().get(column);
            // Before 2025-07-01 the row is the members' aggregates (Hà Giang's and Tuyên Quang's), a ratio of sums; after, the merged one's.
            List<Report> feeding = aggregates(period, "ha-giang", "tuyen-quang", "tuyen-quang-2025");
            assertThat(feeding).as(period).isNotEmpty();
            Figure f = map.figure(0, column);
            assertThat(f.value()).as(period).isCloseTo(ManifestTruth.ontimeRate(feeding), within(1e-9));
            assertThat(f.reports()).as(period).isEqualTo(feeding.size());
        }
        assertThat(map.figure(0, 0).reports()).as("2025-Q1: two members").isEqualTo(2);
        assertThat(map.figure(0, map.periods().size() - 1).reports()).as("2026-Q4: the merged province").isEqualTo(1);
    }

    @Test
    void underTheOldBoundariesTheSameReportsStayApart() {
        // The continuing province Cao Bằng: under the 63 its UBND before and after the merger are two agencies
        // (two rows), under the 34 one. This is the "same agency twice" and what the unit key changes.
        Heatmap old = s.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, QUARTERS, "cao-bang", "province", Boundary.OLD_63);
        Heatmap now = s.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, QUARTERS, "cao-bang-2025", "province", Boundary.NEW_34);

        assertThat(old.agencies()).hasSize(2).extracting(AgencyOption::provinceSlug)
                .containsExactlyInAnyOrder("cao-bang", "cao-bang-2025");
        assertThat(now.agencies()).singleElement().satisfies(a -> assertThat(a.provinceSlug()).isEqualTo("cao-bang-2025"));
        for (int column = 0; column < now.periods().size(); column++) {
            Figure merged = now.figure(0, column);
            Figure before = old.figure(0, column);
            Figure after = old.figure(1, column);
            assertThat(before.reports() + after.reports()).isEqualTo(merged.reports());
        }
    }

    @Test
    void aDepartmentIsOneRowAlongItsPrimaryLineage() {
        // The expected units, computed here from the reference files: the department type each report's
        // history follows (its primary successor's, for a type the 2025 mergers abolished).
        ReferenceData reference = ReferenceData.bundled();
        Map<String, String> slugByName = reference.departments().stream()
                .collect(Collectors.toMap(DepartmentRef::name, DepartmentRef::slug, (a, b) -> a));
        Map<String, String> primary = new HashMap<>();
        reference.lineage().stream().filter(DepartmentLineageRef::primary).forEach(l -> primary.put(l.fromSlug(), l.toSlug()));
        Set<String> members = Set.of("ha-giang", "tuyen-quang", "tuyen-quang-2025");
        Map<String, List<Report>> byUnit = truth.where(r -> r.kind().equals("department")
                        && QUARTERS.periods().contains(r.period()) && members.contains(r.provinceSlug()))
                .stream().collect(Collectors.groupingBy(r -> unitOf(r.agency(), slugByName, primary)));
        assertThat(byUnit.keySet()).as("the generator files abolished types before 2025-03-01")
                .anyMatch(unit -> primary.containsValue(unit));

        Heatmap map = s.heatmap().heatmap("tthc.resolved.dept", QUARTERS, "tuyen-quang-2025", "department", Boundary.NEW_34);
        Heatmap old = s.heatmap().heatmap("tthc.resolved.dept", QUARTERS, null, "department", Boundary.OLD_63);

        assertThat(map.agencies()).hasSize(byUnit.size());
        assertThat(map.agencies()).extracting(AgencyOption::name).doesNotHaveDuplicates();
        assertThat(map.agencies()).allSatisfy(a -> assertThat(a.provinceSlug()).isEqualTo("tuyen-quang-2025"));
        assertThat(old.agencies().stream().filter(a -> members.contains(a.provinceSlug())).count())
                .as("under the 63, every agency is its own row").isGreaterThan(map.agencies().size());
        for (int row = 0; row < map.agencies().size(); row++) {
            String name = map.agencies().get(row).name();
            List<Report> unit = byUnit.get(unitOf(name, slugByName, primary));
            assertThat(unit).as(name).isNotNull();
            for (int column = 0; column < map.periods().size(); column++) {
                String period = map.periods().get(column);
                List<BigDecimal> values = unit.stream().filter(r -> r.period().equals(period))
                        .map(r -> r.get("tthc.resolved.dept")).filter(v -> v != null).toList();
                Figure f = map.figure(row, column);
                assertThat(f.reports()).as(name + " " + period).isEqualTo(values.size());
                if (!values.isEmpty()) {
                    assertThat(f.value()).as(name + " " + period)
                            .isCloseTo(values.stream().mapToDouble(BigDecimal::doubleValue).sum(), within(1e-6));
                }
            }
        }
    }

    private static String unitOf(String departmentName, Map<String, String> slugByName, Map<String, String> primary) {
        String type = slugByName.getOrDefault(departmentName, departmentName);
        return primary.getOrDefault(type, type);
    }

    @Test
    void aContinuingAgencyIsOneLineOnTrendsWhicheverOfItsAgenciesIsChosen() {
        Heatmap map = s.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, QUARTERS, "cao-bang-2025", "province", Boundary.NEW_34);
        Heatmap old = s.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, QUARTERS, "cao-bang", "province", Boundary.OLD_63);
        long successor = map.agencies().getFirst().id();
        long predecessor = old.agencies().stream().filter(a -> a.provinceSlug().equals("cao-bang")).findFirst().orElseThrow().id();
        assertThat(predecessor).isNotEqualTo(successor);

        for (long chosen : List.of(successor, predecessor)) {
            Trend trend = s.trends().trend(MeasureCatalog.ONTIME_RATE, List.of(Scope.agency(chosen)),
                    List.of("UBND tỉnh Cao Bằng"), Boundary.NEW_34, QUARTERS);
            assertThat(trend.series()).singleElement().satisfies(line -> {
                assertThat(line.points()).hasSize(QUARTERS.periods().size());
                for (int i = 0; i < line.points().size(); i++) {
                    TrendPoint p = line.points().get(i);
                    List<Report> feeding = aggregates(p.period(), "cao-bang", "cao-bang-2025");
                    assertThat(p.figure().value()).as(p.period()).isCloseTo(ManifestTruth.ontimeRate(feeding), within(1e-9));
                    assertThat(p.figure()).as("the heatmap's cell").isEqualTo(map.figure(0, i));
                }
                // Both sides of 2025-07-01 on the one line.
                assertThat(line.points()).filteredOn(p -> p.period().startsWith("2025-Q1")).allMatch(p -> p.figure().reported());
                assertThat(line.points()).filteredOn(p -> p.period().startsWith("2026-Q4")).allMatch(p -> p.figure().reported());
            });
        }
        // Under the 63, the same choice is the agency's own history only.
        Trend apart = s.trends().trend(MeasureCatalog.ONTIME_RATE, List.of(Scope.agency(predecessor)), List.of("x"),
                Boundary.OLD_63, QUARTERS);
        assertThat(apart.series().getFirst().points()).filteredOn(p -> p.period().startsWith("2026"))
                .allMatch(p -> !p.figure().reported());
    }

    @Test
    void aContinuingDepartmentKeepsItsRankAcrossTheMerger() {
        // 2025-Q3 is the merged province's first quarter, compared with 2025-Q2 filed by its members' departments.
        Ranking ranking = s.rankings().agencies(MeasureCatalog.ONTIME_RATE, "2025-Q3", "department", "tuyen-quang-2025",
                Boundary.NEW_34);
        List<Report> now = truth.where(r -> r.period().equals("2025-Q3") && r.kind().equals("department")
                && r.provinceSlug().equals("tuyen-quang-2025"));
        assertThat(ranking.rows()).hasSize(now.size());
        assertThat(ranking.rows()).extracting(RankingRow::name).doesNotHaveDuplicates();
        // Each row is the 2025 agency (its key what a click drills into) with a rank before the merger: its unit's.
        assertThat(ranking.rows()).allSatisfy(row -> assertThat(row.previousRank()).as(row.name()).isNotNull());
        for (RankingRow row : ranking.rows()) {
            Trend line = s.trends().trend(MeasureCatalog.ONTIME_RATE, List.of(Scope.agency(Long.parseLong(row.key()))),
                    List.of(row.name()), Boundary.NEW_34, PeriodRange.quarters("2025-Q2", "2025-Q3"));
            assertThat(line.series().getFirst().points().get(1).figure()).isEqualTo(row.figure());
            assertThat(line.series().getFirst().points().get(0).figure().reported()).as(row.name() + " in 2025-Q2").isTrue();
        }
    }

    @Test
    void theAgencyFilterListsOneOptionPerUnitUnderThe34AndItsChoiceReadsTheWholeHistory() {
        // The dropdown's options are the heatmap's rows over the whole history: same units, same agency shown.
        for (String kind : List.of("province", "department")) {
            List<AgencyOption> options = s.options().agencies("tuyen-quang-2025", kind, Boundary.NEW_34);
            Heatmap rows = s.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, QUARTERS, "tuyen-quang-2025", kind, Boundary.NEW_34);
            assertThat(options).as(kind).isNotEmpty().extracting(AgencyOption::id)
                    .containsExactlyElementsOf(rows.agencies().stream().map(AgencyOption::id).toList());
            assertThat(options).as(kind).extracting(AgencyOption::name).doesNotHaveDuplicates();
            assertThat(options).as(kind).allSatisfy(a -> assertThat(a.provinceSlug()).isEqualTo("tuyen-quang-2025"));
            // Under the 63 nothing changes: the members' and the merged province's agencies apart.
            long apart = List.of("ha-giang", "tuyen-quang", "tuyen-quang-2025").stream()
                    .mapToLong(p -> s.options().agencies(p, kind, Boundary.OLD_63).size()).sum();
            assertThat(apart).as(kind + " under the 63").isGreaterThan(options.size());
        }

        // The one UBND tỉnh option, chosen: its figures before the merger are the members' aggregates.
        List<AgencyOption> ubnd34 = s.options().agencies("tuyen-quang-2025", "province", Boundary.NEW_34);
        AgencyOption ubnd = ubnd34.getFirst();
        // A link naming any of the unit's agencies (a predecessor's, from before the merger) finds that one option:
        // the filter preselects it.
        List<AgencyOption> ubnd63 = List.of("ha-giang", "tuyen-quang", "tuyen-quang-2025").stream()
                .flatMap(p -> s.options().agencies(p, "province", Boundary.OLD_63).stream()).toList();
        assertThat(ubnd63).hasSizeGreaterThan(1);
        for (AgencyOption old : ubnd63) {
            assertThat(ubnd34.stream().filter(o -> o.standsFor(old.id())).toList()).as(old.name() + " " + old.provinceSlug())
                    .containsExactly(ubnd);
        }
        Trend line = s.trends().trend(MeasureCatalog.ONTIME_RATE, List.of(Scope.agency(ubnd.id())), List.of(ubnd.name()),
                Boundary.NEW_34, QUARTERS);
        for (TrendPoint p : line.series().getFirst().points()) {
            List<Report> feeding = aggregates(p.period(), "ha-giang", "tuyen-quang", "tuyen-quang-2025");
            assertThat(p.figure().reports()).as(p.period()).isEqualTo(feeding.size());
            assertThat(p.figure().value()).as(p.period()).isCloseTo(ManifestTruth.ontimeRate(feeding), within(1e-9));
        }
        KpiCard before = s.overview().card(s.measures().get(MeasureCatalog.ONTIME_RATE), Scope.agency(ubnd.id()), "2025-Q1",
                Boundary.NEW_34);
        assertThat(before.current().reports()).as("2025-Q1, filed by Hà Giang's and Tuyên Quang's UBND").isEqualTo(2);
        assertThat(before.current().value()).isCloseTo(ManifestTruth.ontimeRate(aggregates("2025-Q1", "ha-giang", "tuyen-quang")),
                within(1e-9));
    }

    @Test
    void theAgencyFilterOffersOnlyTheReadersProvinces() {
        Services caoBang = Services.on(warehouse.dsl(), () -> AccessScope.provinces(Set.of("cao-bang-2025")));

        assertThat(caoBang.options().agencies(null, null, Boundary.NEW_34)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.provinceSlug()).isEqualTo("cao-bang-2025"));
        assertThat(caoBang.options().agencies("tuyen-quang-2025", null, Boundary.NEW_34)).isEmpty();
        // The country-wide list holds the other provinces' units, so the scope is what removed them.
        assertThat(s.options().agencies(null, null, Boundary.NEW_34)).extracting(AgencyOption::provinceSlug)
                .contains("tuyen-quang-2025", "cao-bang-2025");
    }
}
