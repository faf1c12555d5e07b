package vn.cchc.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.analytics.ManifestTruth.Report;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.Csv;
import vn.cchc.catalog.Indicator;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.Warehouse;

/**
 * The analytics services on a small generated history loaded by the real loader into a real
 * DuckDB file, every figure checked against the generator's manifest computed here in plain Java.
 *
 * <p>The history: the first four provinces of 2008 (Hà Giang and Tuyên Quang become Tuyên Quang
 * 2025, Bắc Kạn becomes part of Thái Nguyên 2025, Cao Bằng continues alone), 2025–2026, every kind
 * of period, three departments and a district each. Some files are not loaded, on purpose: Cao
 * Bằng's UBND tỉnh aggregate for 2025-Q1 (its departments and district must stand in), every
 * report of Bắc Kạn for 2025-Q2 (a province that did not report) and one department of Tuyên
 * Quang 2025 for 2026-Q1 (an agency that did not report).
 */
class AnalyticsIT {

    static final GeneratorSettings SETTINGS = GeneratorSettings.of(20251231L, 2025, 2026, 4).withAgencies(3, 1)
            .withInconsistencyRate(0.08)
            // Text files: the test leaves some out by name; the formats have round trips of their own.
            .withFormats(java.util.EnumSet.of(vn.cchc.sample.FileFormat.TXT));

    @TempDir
    static Path tmp;
    static Warehouse warehouse;
    static Services s;
    static ManifestTruth truth;
    static String missingDepartmentFile;

    @BeforeAll
    static void generateAndLoad() throws IOException {
        Catalog catalog = Catalog.bundled();
        ReferenceData reference = ReferenceData.bundled();
        HistoryGenerator.Summary generated = new HistoryGenerator(catalog, reference, SETTINGS)
                .write(tmp.resolve("history"), r -> { });
        List<Map<String, String>> manifest = Csv.read(Files.newInputStream(generated.manifest()), "manifest.csv");
        missingDepartmentFile = manifest.stream().filter(m -> m.get("period").equals("2026-Q1")
                        && m.get("file").contains("_tuyen-quang-2025_") && m.get("agency_kind").equals("department"))
                .map(m -> m.get("file")).sorted().findFirst().orElseThrow();
        Set<String> notLoaded = new HashSet<>();
        try (Stream<Path> files = Files.walk(generated.reportFolder())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.equals("2025-Q1_cao-bang_ubnd-tinh.txt") || name.startsWith("2025-Q2_bac-kan_")
                        || name.equals(missingDepartmentFile)) {
                    notLoaded.add(name);
                    Files.delete(f);
                }
            }
        }
        assertThat(notLoaded).hasSizeGreaterThan(3);
        truth = new ManifestTruth(generated.manifest(), generated.inconsistencies(), notLoaded);
        warehouse = Warehouse.open(tmp.resolve("cchc.duckdb"));
        List<FileOutcome> outcomes = new BatchLoader(new ReportParser(catalog, reference), new ReportLoader(warehouse), 2)
                .load(BatchLoader.collect(List.of(generated.reportFolder())), o -> { });
        assertThat(outcomes).allMatch(o -> o.kind() == FileOutcome.Kind.LOADED);
        assertThat(outcomes).hasSize(truth.reports.size());
        s = Services.on(warehouse.dsl());
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    static List<Report> aggregates(String period) {
        return truth.where(r -> r.period().equals(period) && r.kind().equals("province"));
    }

    @Test
    void countryOnTimeRateIsTheRatioOfSumsOverTheProvinceAggregatesWithItsChangeAndSparkline() {
        KpiCard card = s.overview().cards(Scope.country(), "2026-Q1", Boundary.NEW_34).getFirst();
        assertThat(card.measure().id()).isEqualTo(MeasureCatalog.ONTIME_RATE);
        List<Report> now = aggregates("2026-Q1");
        assertThat(now).hasSize(3);
        assertThat(card.current().value()).isCloseTo(ManifestTruth.ontimeRate(now), within(1e-9));
        assertThat(card.current().basis()).isEqualTo(Basis.RATIO_OF_SUMS);
        assertThat(card.current().reports()).isEqualTo(3);
        assertThat(card.current().units()).isEqualTo(3);
        assertThat(card.current().denominator()).isEqualTo(ManifestTruth.ratioOfSums(now, ManifestTruth.ONTIME)[1]);
        // Q1 is compared with the previous year's Q4.
        assertThat(card.previousPeriod()).isEqualTo("2025-Q4");
        double before = ManifestTruth.ontimeRate(aggregates("2025-Q4"));
        assertThat(card.previous().value()).isCloseTo(before, within(1e-9));
        assertThat(card.changePoints()).isCloseTo(ManifestTruth.ontimeRate(now) - before, within(1e-9));
        assertThat(card.sparkline()).hasSize(OverviewService.SPARKLINE);
        assertThat(card.sparkline().getLast()).isEqualTo(new TrendPoint("2026-Q1", card.current()));
        assertThat(card.sparkline().get(OverviewService.SPARKLINE - 2)).isEqualTo(new TrendPoint("2025-Q4", card.previous()));
    }

    @Test
    void theSparklineHoldsEightQuartersWithTheUnreportedOnesEmpty() {
        KpiCard card = s.overview().card(s.measures().get(MeasureCatalog.ONLINE_RATE), Scope.country(), "2026-Q2",
                Boundary.NEW_34);
        assertThat(card.sparkline()).extracting(TrendPoint::period).containsExactly("2024-Q3", "2024-Q4", "2025-Q1",
                "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2");
        assertThat(card.sparkline().subList(0, 2)).allSatisfy(p -> {
            assertThat(p.figure().value()).isNull();
            assertThat(p.figure().basis()).isEqualTo(Basis.NOT_REPORTED);
        });
        List<Report> now = aggregates("2026-Q2");
        double[] sums = ManifestTruth.ratioOfSums(now, List.<String[]>of(new String[] {"dvc.received_online", "dvc.received"}));
        assertThat(card.current().value()).isCloseTo(100 * sums[0] / sums[1], within(1e-9));
    }

    @Test
    void aProvinceWithoutItsAggregateReportIsTheRatioOfSumsOverItsUnitsAndNeverCountedTwice() {
        List<Report> units = truth.where(r -> r.period().equals("2025-Q1") && r.provinceSlug().equals("cao-bang"));
        assertThat(units).extracting(Report::kind).doesNotContain("province").contains("department", "district");
        KpiCard card = s.overview().cards(Scope.province("cao-bang"), "2025-Q1", Boundary.OLD_63).getFirst();
        assertThat(card.current().value()).isCloseTo(ManifestTruth.ontimeRate(units), within(1e-9));
        assertThat(card.current().reports()).isEqualTo(units.size());
        // The country: the three other aggregates plus Cao Bằng's units, no aggregate together with its own units.
        List<Report> country = new ArrayList<>(aggregates("2025-Q1"));
        country.addAll(units);
        KpiCard national = s.overview().cards(Scope.country(), "2025-Q1", Boundary.OLD_63).getFirst();
        assertThat(national.current().value()).isCloseTo(ManifestTruth.ontimeRate(country), within(1e-9));
        assertThat(national.current().reports()).isEqualTo(3 + units.size());
    }

    @Test
    void theNewBoundaryShowsAMergedProvinceBeforeTheMergerAsTheRatioOfSumsOverItsMembers() {
        List<Report> members = truth.where(r -> r.period().equals("2025-H1") && r.kind().equals("province")
                && (r.provinceSlug().equals("ha-giang") || r.provinceSlug().equals("tuyen-quang")));
        assertThat(members).hasSize(2);
        DrillLevel level = s.drillDown().country(MeasureCatalog.ONTIME_RATE, "2025-H1", Boundary.NEW_34);
        assertThat(level.children()).hasSize(34);
        DrillRow tuyenQuang = level.children().stream().filter(c -> c.key().equals("tuyen-quang-2025")).findFirst().orElseThrow();
        assertThat(tuyenQuang.figure().value()).isCloseTo(ManifestTruth.ontimeRate(members), within(1e-9));
        assertThat(tuyenQuang.figure().units()).isEqualTo(2);
        assertThat(tuyenQuang.reports()).isEqualTo(truth.where(r -> r.period().equals("2025-H1")
                && (r.provinceSlug().equals("ha-giang") || r.provinceSlug().equals("tuyen-quang"))).size());
        assertThat(level.children()).filteredOn(c -> c.figure().value() != null).extracting(DrillRow::key)
                .containsExactlyInAnyOrder("tuyen-quang-2025", "cao-bang-2025", "thai-nguyen-2025");
        assertThat(level.total().figure().value()).isCloseTo(ManifestTruth.ontimeRate(aggregates("2025-H1")), within(1e-9));
        // The old boundary of the same period: four provinces of their own.
        DrillLevel old = s.drillDown().country(MeasureCatalog.ONTIME_RATE, "2025-H1", Boundary.OLD_63);
        assertThat(old.children()).hasSize(63).filteredOn(c -> c.figure().value() != null).hasSize(4);
    }

    @Test
    void provincesAreRankedWithTheirRankChangeAndTheUnreportedListedApart() {
        Ranking ranking = s.rankings().provinces(MeasureCatalog.ONTIME_RATE, "2026-Q1", Boundary.NEW_34, null);
        Map<String, Double> now = new HashMap<>();
        aggregates("2026-Q1").forEach(r -> now.put(r.provinceSlug(), ManifestTruth.ontimeRate(List.of(r))));
        Map<String, Double> before = new HashMap<>();
        aggregates("2025-Q4").forEach(r -> before.put(r.provinceSlug(), ManifestTruth.ontimeRate(List.of(r))));
        List<String> expectedOrder = now.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        List<String> previousOrder = before.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        assertThat(ranking.rows()).extracting(RankingRow::key).containsExactlyElementsOf(expectedOrder);
        for (RankingRow row : ranking.rows()) {
            int previousRank = previousOrder.indexOf(row.key()) + 1;
            assertThat(row.figure().value()).isCloseTo(now.get(row.key()), within(1e-9));
            assertThat(row.previousRank()).isEqualTo(previousRank);
            assertThat(row.rankChange()).isEqualTo(previousRank - row.rank());
        }
        assertThat(ranking.unranked()).hasSize(31).allMatch(u -> u.reason() == Unranked.Reason.NOT_REPORTED);
        assertThat(ranking.top(1)).hasSize(1);
        assertThat(ranking.bottom(2)).extracting(RankingRow::key).containsExactlyElementsOf(expectedOrder.subList(1, 3));
    }

    @Test
    void aProvinceThatDidNotReportIsListedApartAndTheOldBoundaryAfterTheMergerListsMergedProvincesApart() {
        Ranking q2 = s.rankings().provinces(MeasureCatalog.ONTIME_RATE, "2025-Q2", Boundary.OLD_63, null);
        assertThat(q2.rows()).extracting(RankingRow::key).containsExactlyInAnyOrder("ha-giang", "cao-bang", "tuyen-quang");
        assertThat(q2.unranked()).contains(new Unranked("bac-kan", "Bắc Kạn", Unranked.Reason.NOT_REPORTED));

        Ranking after = s.rankings().provinces(MeasureCatalog.ONTIME_RATE, "2026-Q1", Boundary.OLD_63, null);
        // Cao Bằng continues alone: its 2025 province's figures are its own; the others were merged.
        assertThat(after.rows()).extracting(RankingRow::key).containsExactly("cao-bang");
        Report caoBang = aggregates("2026-Q1").stream().filter(r -> r.provinceSlug().equals("cao-bang-2025")).findFirst()
                .orElseThrow();
        assertThat(after.rows().getFirst().figure().value()).isCloseTo(ManifestTruth.ontimeRate(List.of(caoBang)),
                within(1e-9));
        Map<String, Unranked.Reason> apart = after.unranked().stream()
                .collect(Collectors.toMap(Unranked::key, Unranked::reason));
        assertThat(apart).containsEntry("ha-giang", Unranked.Reason.MERGED).containsEntry("tuyen-quang", Unranked.Reason.MERGED)
                .containsEntry("bac-kan", Unranked.Reason.MERGED).containsEntry("ha-noi", Unranked.Reason.NOT_REPORTED);
    }

    @Test
    void tiedUnitsShareTheirRankAndTheNextRankIsSkipped() {
        // Find, in the manifest, an indicator and period where two of the three 2025 provinces tie.
        String[] found = null;
        for (Measure m : s.measures().all()) {
            if (m.derived() || m.isRatio() || m.kind() == Indicator.Kind.TEXT) {
                continue;
            }
            for (String period : List.of("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")) {
                List<BigDecimal> values = aggregates(period).stream().map(r -> r.get(m.id())).toList();
                if (values.size() == 3 && values.stream().allMatch(v -> v != null)
                        && values.stream().map(BigDecimal::stripTrailingZeros).distinct().count() == 2) {
                    found = new String[] {m.id(), period};
                    break;
                }
            }
            if (found != null) {
                break;
            }
        }
        assertThat(found).as("an indicator with a tie in the generated history").isNotNull();
        Ranking ranking = s.rankings().provinces(found[0], found[1], Boundary.NEW_34, null);
        assertThat(ranking.rows()).hasSize(3);
        List<Integer> ranks = ranking.rows().stream().map(RankingRow::rank).toList();
        assertThat(ranks).isIn(List.of(1, 1, 3), List.of(1, 2, 2));
        assertThat(ranking.rows()).filteredOn(RankingRow::tied).hasSize(2);
        assertThat(ranking.top(1)).hasSize(ranks.equals(List.of(1, 1, 3)) ? 2 : 1);
    }

    @Test
    void agenciesOfAKindAreRankedAndTheOneThatDidNotReportIsListedApart() {
        Ranking ranking = s.rankings().agencies(MeasureCatalog.ONTIME_RATE, "2026-Q1", "department", "tuyen-quang-2025",
                Boundary.NEW_34);
        List<Report> departments = truth.where(r -> r.period().equals("2026-Q1") && r.provinceSlug().equals("tuyen-quang-2025")
                && r.kind().equals("department"));
        assertThat(ranking.rows()).hasSize(departments.size());
        List<Double> expected = departments.stream().map(r -> ManifestTruth.ontimeRate(List.of(r)))
                .sorted(Comparator.reverseOrder()).toList();
        assertThat(ranking.rows()).extracting(r -> r.figure().value()).usingElementComparator(
                (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b)).containsExactlyElementsOf(expected);
        String missingAgency = truth.reports.values().stream()
                .filter(r -> r.file().endsWith(missingDepartmentFile.substring("2026-Q1".length()))).findFirst().orElseThrow()
                .agency();
        assertThat(ranking.unranked()).singleElement().satisfies(u -> {
            assertThat(u.name()).startsWith(missingAgency);
            assertThat(u.reason()).isEqualTo(Unranked.Reason.NOT_REPORTED);
        });
    }

    @Test
    void quarterlyAndCumulativeValuesNeverShareAnAxis() {
        Measure cumulative = s.measures().all().stream()
                .filter(m -> !m.derived() && !m.isRatio() && m.accumulation() == Indicator.Accumulation.CUMULATIVE
                        && m.kind() == Indicator.Kind.COUNT
                        && truth.reports.values().stream().anyMatch(r -> r.get(m.id()) != null))
                .findFirst().orElseThrow();
        PeriodRange quarters = PeriodRange.quarters("2025-Q1", "2026-Q4");
        Trend trend = s.trends().provinces(cumulative.id(), List.of("cao-bang-2025"), Boundary.NEW_34, quarters);
        assertThat(trend.axis()).isEqualTo(Axis.CUMULATIVE_YEAR_TO_DATE);
        assertThat(trend.periods()).hasSize(8).allMatch(p -> p.contains("-Q"));
        for (TrendPoint p : trend.series().getFirst().points()) {
            // Before the merger the 2025 province is its one member; 2025-Q1 has no aggregate (its units add up).
            List<Report> feeding = truth.where(r -> r.period().equals(p.period()) && r.kind().equals("province")
                    && (r.provinceSlug().equals("cao-bang") || r.provinceSlug().equals("cao-bang-2025")));
            if (feeding.isEmpty()) {
                feeding = truth.where(r -> r.period().equals(p.period()) && r.provinceSlug().equals("cao-bang"));
            }
            List<BigDecimal> values = feeding.stream().map(r -> r.get(cumulative.id())).filter(v -> v != null).toList();
            if (values.isEmpty()) {
                assertThat(p.figure().value()).as(p.period()).isNull();
            } else {
                assertThat(p.figure().value()).as(p.period())
                        .isEqualTo(values.stream().mapToDouble(BigDecimal::doubleValue).sum());
                assertThat(p.figure().basis()).isEqualTo(values.size() == 1 ? Basis.REPORTED : Basis.SUM);
            }
        }
        Trend years = s.trends().provinces(cumulative.id(), List.of("cao-bang-2025"), Boundary.NEW_34,
                new PeriodRange("2025-Q1", "2026-Q4", Grain.YEAR));
        assertThat(years.periods()).containsExactly("2025-Y", "2026-Y");
        // A cumulative indicator's quarter is compared with the same quarter of the previous year.
        assertThat(PeriodCodes.previous("2026-Q3", cumulative.accumulation())).isEqualTo("2025-Q3");
    }

    @Test
    void findingCountsAreThePlantedInconsistencies() {
        Map<String, Long> expected = new HashMap<>();
        truth.planted.stream().map(p -> p.get("file") + " " + p.get("rule") + " " + p.get("indicator")).distinct()
                .forEach(k -> expected.merge(k.split(" ")[1], 1L, Long::sum));
        assertThat(expected).isNotEmpty();
        Map<String, Long> byRule = s.quality().findingsByRule(Filters.none()).stream()
                .collect(Collectors.toMap(FindingCount::key, FindingCount::findings));
        assertThat(byRule).as("found %s, planted %s", byRule, truth.planted).isEqualTo(expected);
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        assertThat(s.quality().findingsByProvince(Filters.none()).stream().mapToLong(FindingCount::findings).sum())
                .isEqualTo(total);
        assertThat(s.quality().findingsByAgency(Filters.none()).stream().mapToLong(FindingCount::findings).sum())
                .isEqualTo(total);
        // Filtered to one province: under OLD_63 Cao Bằng continues as Cao Bằng 2025; under NEW_34 Tuyên Quang
        // 2025 takes in Hà Giang's and the old Tuyên Quang's reports.
        long caoBang = truth.planted.stream().filter(p -> p.get("file").contains("_cao-bang_")
                || p.get("file").contains("_cao-bang-2025_")).count();
        assertThat(s.quality().findingsByRule(new Filters(null, "cao-bang", null, null, Boundary.OLD_63)).stream()
                .mapToLong(FindingCount::findings).sum()).isEqualTo(caoBang);
        long tuyenQuang = truth.planted.stream().filter(p -> p.get("file").matches(".*_(ha-giang|tuyen-quang|tuyen-quang-2025)_.*"))
                .count();
        assertThat(s.quality().findingsByRule(new Filters(null, "tuyen-quang-2025", null, null, Boundary.NEW_34)).stream()
                .mapToLong(FindingCount::findings).sum()).isEqualTo(tuyenQuang);
    }

    @Test
    void completenessListsWhoHasNotReported() {
        List<Completeness> list = s.quality().completeness(PeriodRange.quarters("2025-Q1", "2026-Q2"), null, null,
                Boundary.NEW_34);
        assertThat(list).extracting(Completeness::period).containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4",
                "2026-Q1", "2026-Q2");
        Map<String, String> names = new HashMap<>();
        truth.reports.values().forEach(r -> names.put(r.agencyKey(), r.provinceSlug() + "/" + r.agency()));
        for (Completeness c : list) {
            List<String> expected = truth.expectedAgencies(c.period(), r -> true);
            Set<String> reported = truth.where(r -> r.period().equals(c.period())).stream().map(Report::agencyKey)
                    .collect(Collectors.toSet());
            assertThat(c.expected()).as(c.period()).isEqualTo(expected.size());
            assertThat(c.reported()).as(c.period()).isEqualTo((int) expected.stream().filter(reported::contains).count());
            assertThat(c.missing()).as(c.period()).extracting(a -> a.provinceSlug() + "/" + a.name())
                    .containsExactlyInAnyOrderElementsOf(expected.stream().filter(k -> !reported.contains(k))
                            .map(names::get).toList());
        }
        // Bắc Kạn's five agencies did not report for 2025-Q2; one department of Tuyên Quang 2025 for 2026-Q1.
        // Cao Bằng's aggregate of 2025-Q1 is not missed: the history starts there, nothing of it ends earlier.
        assertThat(list.get(1).missing()).hasSize(5).allMatch(a -> a.provinceSlug().equals("bac-kan"));
        assertThat(list.get(0).missing()).isEmpty();
        assertThat(list.get(4).missing()).singleElement().satisfies(a -> assertThat(a.provinceSlug())
                .isEqualTo("tuyen-quang-2025"));
        assertThat(list.get(5).missing()).isEmpty();
    }

    @Test
    void drillDownEndsAtTheValuesOfAReportWithTheirSourceLinesAndFindings() {
        Map<String, String> planted = truth.planted.getFirst();
        Report r = truth.reports.get(planted.get("file"));
        Boundary boundary = r.provinceSlug().endsWith("-2025") ? Boundary.NEW_34 : Boundary.OLD_63;
        DrillLevel province = s.drillDown().province(MeasureCatalog.ONTIME_RATE, r.period(), r.provinceSlug(), boundary);
        DrillRow agency = province.children().stream().filter(c -> c.name().equals(r.agency())).findFirst().orElseThrow();
        assertThat(province.children()).hasSize(truth.where(x -> x.period().equals(r.period())
                && x.provinceSlug().equals(r.provinceSlug())).size());
        assertThat(agency.findings()).isGreaterThanOrEqualTo(1);
        ReportRow row = s.drillDown().reports(agency.scope().agencyId()).stream().filter(x -> x.period().equals(r.period()))
                .findFirst().orElseThrow();
        assertThat(row.fileName()).isEqualTo(r.file());
        ReportDetail detail = s.drillDown().report(row.reportId()).orElseThrow();
        assertThat(detail.values()).hasSize(r.values().size());
        for (ReportValueRow v : detail.values()) {
            BigDecimal expected = r.get(v.indicator());
            assertThat(v.number()).as(v.indicator()).isEqualTo(expected == null ? null : expected.doubleValue());
            assertThat(v.sourceFile()).isEqualTo(r.file());
            assertThat(v.sourceLine()).isPositive();
            assertThat(v.raw()).isNotNull();
        }
        assertThat(detail.findings()).extracting(FindingRow::rule).contains(planted.get("rule"));
        assertThat(s.drillDown().report(-1)).isEmpty();
    }

    @Test
    void heatmapCellsAreEachAgencysOwnReportedValue() {
        Heatmap map = s.heatmap().heatmap("tthc.resolved.dept", PeriodRange.quarters("2025-Q1", "2025-Q2"), "cao-bang",
                "department", Boundary.OLD_63);
        List<Report> departments = truth.where(r -> r.provinceSlug().equals("cao-bang") && r.kind().equals("department")
                && (r.period().equals("2025-Q1") || r.period().equals("2025-Q2")));
        assertThat(map.agencies()).hasSize((int) departments.stream().map(Report::agency).distinct().count());
        assertThat(map.cells()).hasSize(map.agencies().size() * 2);
        Map<Long, String> names = new LinkedHashMap<>();
        map.agencies().forEach(a -> names.put(a.id(), a.name()));
        for (HeatmapCell c : map.cells()) {
            BigDecimal expected = departments.stream().filter(r -> r.period().equals(c.period())
                    && r.agency().equals(names.get(c.agencyId()))).map(r -> r.get("tthc.resolved.dept")).findFirst().orElse(null);
            assertThat(c.figure().value()).isEqualTo(expected == null ? null : expected.doubleValue());
            assertThat(c.figure().basis()).isEqualTo(expected == null ? Basis.NOT_REPORTED : Basis.REPORTED);
        }
    }

    @Test
    void filterOptionsListWhatTheWarehouseHolds() {
        assertThat(s.options().provinces(Boundary.OLD_63)).hasSize(63);
        assertThat(s.options().provinces(Boundary.NEW_34)).hasSize(34).filteredOn(p -> p.slug().equals("tuyen-quang-2025"))
                .singleElement().satisfies(p -> assertThat(p.memberSlugs()).containsExactlyInAnyOrder("ha-giang", "tuyen-quang"));
        List<PeriodOption> periods = s.options().periods();
        assertThat(periods).extracting(PeriodOption::code).startsWith("2025-Q1", "2025-Q2", "2025-H1").endsWith("2026-Q4", "2026-Y");
        assertThat(periods).hasSize(12);
        assertThat(s.options().agencyKinds()).extracting(AgencyKindOption::kind).contains("province", "department", "district");
        // Under the 34 the members' UBND tỉnh and the merged province's are one unit, one option (ContinuingUnitIT).
        assertThat(s.options().agencies("tuyen-quang-2025", "province", Boundary.NEW_34)).extracting(AgencyOption::provinceSlug)
                .containsExactly("tuyen-quang-2025");
        assertThat(s.options().agencies("ha-giang", "province", Boundary.OLD_63)).extracting(AgencyOption::provinceSlug)
                .containsExactly("ha-giang");
        assertThat(s.options().measures()).extracting(Measure::id).startsWith(MeasureCatalog.ONTIME_RATE,
                MeasureCatalog.ONLINE_RATE, MeasureCatalog.STAFFING_FILL).contains("tthc.ontime_rate.dept");
    }

    @Test
    void anEmptyWarehouseGivesEmptyResultsNotErrors() {
        try (Warehouse empty = Warehouse.open(tmp.resolve("empty.duckdb"))) {
            Services e = Services.on(empty.dsl());
            assertThat(e.options().periods()).isEmpty();
            assertThat(e.options().agencies(null, null, Boundary.NEW_34)).isEmpty();
            assertThat(e.overview().cards(Scope.country(), "2026-Q1", Boundary.NEW_34)).hasSize(3)
                    .allSatisfy(c -> assertThat(c.current()).isEqualTo(Figure.NONE));
            assertThat(e.trends().provinces(MeasureCatalog.ONTIME_RATE, List.of("ha-noi-2025"), Boundary.NEW_34,
                    PeriodRange.quarters("2025-Q1", "2025-Q4")).series().getFirst().points())
                    .allSatisfy(p -> assertThat(p.figure().value()).isNull());
            Ranking r = e.rankings().provinces(MeasureCatalog.ONTIME_RATE, "2026-Q1", Boundary.NEW_34, null);
            assertThat(r.rows()).isEmpty();
            assertThat(r.unranked()).hasSize(34);
            assertThat(e.rankings().agencies(MeasureCatalog.ONTIME_RATE, "2026-Q1", "department", null, Boundary.NEW_34)
                    .rows()).isEmpty();
            assertThat(e.drillDown().country(MeasureCatalog.ONTIME_RATE, "2026-Q1", Boundary.OLD_63).total().figure())
                    .isEqualTo(Figure.NONE);
            assertThat(e.drillDown().province(MeasureCatalog.ONTIME_RATE, "2026-Q1", "ha-noi", Boundary.OLD_63).children())
                    .isEmpty();
            assertThat(e.drillDown().reports(1)).isEmpty();
            assertThat(e.heatmap().heatmap(MeasureCatalog.ONTIME_RATE, PeriodRange.quarters("2025-Q1", "2025-Q4"), null, null,
                    Boundary.NEW_34).cells()).isEmpty();
            assertThat(e.quality().findingsByRule(Filters.none())).isEmpty();
            assertThat(e.quality().completeness(PeriodRange.quarters("2025-Q1", "2025-Q2"), null, null, Boundary.NEW_34))
                    .allSatisfy(c -> assertThat(c.expected()).isZero());
        }
    }
}
