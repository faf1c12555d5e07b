package vn.cchc.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.DepartmentRef;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.catalog.TemplateAlias;

/**
 * The history generator on its own, without reading its files back (HistoryRoundTripIT does that):
 * deterministic, the 2025 reorganisation, the template generations, values that move like real
 * ones, aggregates that add up.
 */
class HistoryGeneratorTest {

    static final Catalog CATALOG = Catalog.bundled();
    static final ReferenceData REFERENCE = ReferenceData.bundled();
    /**
     * Two provinces over the 2025 boundary and the template change, every kind of period; text files,
     * the cheapest to write (the values do not depend on the format: theManifestDoesNotDependOnTheFormat).
     */
    static final GeneratorSettings SMALL = GeneratorSettings.of(42, 2021, 2026, 2).withAgencies(5, 2)
            .withInconsistencyRate(0.05).withFormats(EnumSet.of(FileFormat.TXT));

    static List<GeneratedReport> history;

    @BeforeAll
    static void generate() {
        history = new HistoryGenerator(CATALOG, REFERENCE, SMALL).generate();
    }

    static Map<String, BigDecimal> values(GeneratedReport r) {
        Map<String, BigDecimal> m = new HashMap<>();
        r.values().forEach(v -> m.put(v.indicator(), v.value()));
        return m;
    }

    static Stream<GeneratedReport> unplanted() {
        return history.stream().filter(r -> r.planted().isEmpty());
    }

    // ---- determinism --------------------------------------------------------------------------

    @Test
    void theSameSeedWritesByteIdenticalFiles(@TempDir Path tmp) throws IOException {
        // Every format: the binary ones carry dates and IDs of their own, fixed to the report's.
        GeneratorSettings settings = GeneratorSettings.of(7, 2024, 2025, 1).withAgencies(3, 1)
                .withPeriods(EnumSet.of(ReportingPeriod.Kind.Q3, ReportingPeriod.Kind.Y));
        new HistoryGenerator(CATALOG, REFERENCE, settings).write(tmp.resolve("a"), r -> { });
        new HistoryGenerator(CATALOG, REFERENCE, settings).write(tmp.resolve("b"), r -> { });
        Map<String, byte[]> a = files(tmp.resolve("a"));
        Map<String, byte[]> b = files(tmp.resolve("b"));
        assertThat(a.keySet()).contains("manifest.csv", "manifest_inconsistencies.csv").isEqualTo(b.keySet());
        assertThat(a.keySet().stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).distinct())
                .contains("txt", "docx", "xlsx", "pdf");
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));

        List<GeneratedReport> other = new HistoryGenerator(CATALOG, REFERENCE,
                new GeneratorSettings(8, 2024, 2025, 1, settings.inconsistencyRate(), 3, 3, 1, 1, settings.periodKinds(),
                        settings.formats()))
                .generate();
        Map<String, byte[]> seven = new TreeMap<>();
        new HistoryGenerator(CATALOG, REFERENCE, settings).forEach(r -> seven.put(r.fileName(), r.bytes()));
        assertThat(other).filteredOn(r -> seven.containsKey(r.fileName())).isNotEmpty()
                .noneMatch(r -> Arrays.equals(r.bytes(), seven.get(r.fileName())));
    }

    @Test
    void theManifestDoesNotDependOnTheFormat() {
        GeneratorSettings settings = GeneratorSettings.of(5, 2024, 2024, 1).withAgencies(2, 1)
                .withPeriods(EnumSet.of(ReportingPeriod.Kind.Y)).withInconsistencyRate(0.5);
        List<GeneratedReport> text = new HistoryGenerator(CATALOG, REFERENCE, settings.withFormats(EnumSet.of(FileFormat.TXT)))
                .generate();
        List<GeneratedReport> pdf = new HistoryGenerator(CATALOG, REFERENCE, settings.withFormats(EnumSet.of(FileFormat.PDF)))
                .generate();
        assertThat(pdf).extracting(r -> r.fileName().replace(".pdf", ".txt"))
                .containsExactlyElementsOf(text.stream().map(GeneratedReport::fileName).toList());
        assertThat(pdf).extracting(GeneratedReport::values).containsExactlyElementsOf(text.stream().map(GeneratedReport::values).toList());
        assertThat(pdf).extracting(GeneratedReport::planted).containsExactlyElementsOf(text.stream().map(GeneratedReport::planted).toList());
        assertThat(pdf).allSatisfy(r -> assertThat(r.format()).isEqualTo(FileFormat.PDF));
        assertThat(text.stream().flatMap(r -> r.planted().stream())).isNotEmpty();
    }

    @Test
    void eachReportTakesOneOfTheFormatsAskedFor() {
        GeneratorSettings settings = GeneratorSettings.of(5, 2024, 2024, 2).withAgencies(2, 1)
                .withPeriods(EnumSet.of(ReportingPeriod.Kind.Y));
        Map<String, FileFormat> chosen = new TreeMap<>();
        new HistoryGenerator(CATALOG, REFERENCE, settings.withFormats(EnumSet.of(FileFormat.TXT, FileFormat.XLSX))).forEach(r -> {
            chosen.put(r.fileName(), r.format());
            assertThat(r.fileName()).endsWith("." + r.format().extension());
            assertThat(r.shape() != null).as(r.fileName()).isEqualTo(r.format() == FileFormat.TXT);
        });
        assertThat(chosen.values()).containsOnly(FileFormat.TXT, FileFormat.XLSX).contains(FileFormat.TXT, FileFormat.XLSX);
        assertThat(FileFormat.parseList(" TXT,pdf ")).containsExactly(FileFormat.TXT, FileFormat.PDF);
        assertThatThrownBy(() -> FileFormat.parseList("txt,odt")).hasMessageContaining("unknown format odt");
        assertThatThrownBy(() -> settings.withFormats(EnumSet.noneOf(FileFormat.class))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSmallRunIsTheNationalRunsFirstProvinces() {
        // Values are addressed by agency and quarter, not drawn in sequence: fewer provinces, same files.
        List<GeneratedReport> one = new HistoryGenerator(CATALOG, REFERENCE, GeneratorSettings.of(42, 2021, 2026, 1)
                .withAgencies(5, 2).withInconsistencyRate(0.05).withFormats(SMALL.formats())).generate();
        Map<String, byte[]> files = history.stream().collect(Collectors.toMap(GeneratedReport::fileName, GeneratedReport::bytes));
        assertThat(one).allSatisfy(r -> assertThat(files.get(r.fileName())).as(r.fileName()).isEqualTo(r.bytes()));
    }

    @Test
    void writingRefusesAFolderThatAlreadyHoldsAHistory(@TempDir Path tmp) throws IOException {
        GeneratorSettings settings = GeneratorSettings.of(7, 2024, 2024, 1).withAgencies(2, 0)
                .withPeriods(EnumSet.of(ReportingPeriod.Kind.Y));
        new HistoryGenerator(CATALOG, REFERENCE, settings).write(tmp, r -> { });
        assertThatThrownBy(() -> new HistoryGenerator(CATALOG, REFERENCE, settings).write(tmp, r -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already holds");
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    // ---- who reports: the 2025 reorganisation ----------------------------------------------------

    @Test
    void sixtyThreeProvincesUntil2025Q2ThenThirtyFour() {
        ProvinceRoster roster = new ProvinceRoster(REFERENCE, GeneratorSettings.of(1, 2025, 2025, 0), new Randomness(1));
        for (ReportingPeriod p : ReportingPeriod.between(2024, 2026)) {
            int expected = p.end().isAfter(LocalDate.of(2025, 6, 30)) ? 34 : 63;
            assertThat(roster.provinces(p)).as(p.code()).hasSize(expected)
                    .allMatch(province -> province.generation().equals(expected == 34 ? "2025" : "2008"));
        }
        // --provinces K: the first K of 2008 and, after the merger, the 2025 provinces they became part of.
        ProvinceRoster three = new ProvinceRoster(REFERENCE, GeneratorSettings.of(1, 2025, 2025, 3), new Randomness(1));
        assertThat(three.provinces(new ReportingPeriod(2025, ReportingPeriod.Kind.Q2)))
                .extracting(p -> p.slug()).containsExactly("ha-giang", "cao-bang", "bac-kan");
        assertThat(three.provinces(new ReportingPeriod(2025, ReportingPeriod.Kind.Q3)))
                .extracting(p -> p.slug()).containsExactly("tuyen-quang-2025", "thai-nguyen-2025", "cao-bang-2025");
    }

    @Test
    void districtsReportUntil2025Q2AndNeverAfter() {
        for (GeneratedReport r : history) {
            boolean districtsExist = !r.period().end().isAfter(LocalDate.of(2025, 6, 30));
            assertThat(r.agency().province().generation()).as(r.fileName()).isEqualTo(districtsExist ? "2008" : "2025");
            if (!districtsExist) {
                assertThat(r.agency().kind()).as(r.fileName()).isNotEqualTo(Agency.Kind.DISTRICT);
                // Nobody reports district-level statistics once the level is gone.
                assertThat(r.values()).as(r.fileName()).filteredOn(v -> v.indicator().endsWith(".district"))
                        .allMatch(v -> v.value() == null);
            }
        }
        assertThat(history).filteredOn(r -> r.agency().kind() == Agency.Kind.DISTRICT)
                .extracting(r -> r.period().code()).contains("2025-Q2", "2025-H1").doesNotContain("2025-Q3", "2025-Y");
        assertThat(history).filteredOn(r -> r.agency().kind() == Agency.Kind.DISTRICT)
                .allSatisfy(r -> assertThat(r.agency().name()).startsWith("UBND huyện "));
    }

    @Test
    void departmentsAreTheOldOnesBeforeMarch2025AndTheMergedOnesAfter() {
        LocalDate merger = LocalDate.of(2025, 3, 1);
        Set<String> before = new java.util.TreeSet<>();
        Set<String> after = new java.util.TreeSet<>();
        for (GeneratedReport r : history) {
            if (r.agency().kind() != Agency.Kind.DEPARTMENT) {
                continue;
            }
            DepartmentRef d = r.agency().department();
            if (r.period().end().isBefore(merger)) {
                assertThat(d.validFrom()).as(r.fileName()).isNull();
                before.add(d.name());
            } else {
                assertThat(d.validTo()).as("%s: abolished on %s", r.fileName(), d.validTo()).isNull();
                after.add(d.name());
            }
        }
        // Every province files for at least two departments the mergers abolish; each continues as its successor.
        assertThat(before).containsAnyOf("Sở Thông tin và Truyền thông", "Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư",
                "Sở Lao động - Thương binh và Xã hội", "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
                "Ban Dân tộc");
        assertThat(after).doesNotContain("Sở Thông tin và Truyền thông", "Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư",
                "Sở Lao động - Thương binh và Xã hội", "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
                "Ban Dân tộc");
        ProvinceRoster roster = new ProvinceRoster(REFERENCE, SMALL, new Randomness(SMALL.seed()));
        var hagiang = REFERENCE.province("ha-giang").orElseThrow();
        List<String> old = roster.departments(hagiang, LocalDate.of(2025, 2, 28)).stream().map(DepartmentRef::slug).toList();
        List<String> merged = roster.departments(hagiang, LocalDate.of(2025, 3, 31)).stream().map(DepartmentRef::slug).toList();
        for (String slug : old) {
            String expected = REFERENCE.lineage().stream().filter(l -> l.fromSlug().equals(slug) && l.primary())
                    .map(l -> l.toSlug()).findFirst().orElse(slug);
            assertThat(merged).as("%s continues as %s", slug, expected).contains(expected);
        }
    }

    // ---- templates -----------------------------------------------------------------------------

    @Test
    void the2021TemplateThrough2022AndThe2023OneAfter() {
        assertThat(history).allSatisfy(r -> {
            assertThat(r.generation()).as(r.fileName()).isEqualTo(r.period().year() <= 2022 ? "2021" : "2023");
            assertThat(r.text().contains("Biểu mẫu 3")).as(r.fileName()).isEqualTo(r.period().year() > 2022);
        });
    }

    @Test
    void everyTargetOfAGenerationHasItsRowInTemplateOrder() {
        for (String generation : CATALOG.generations()) {
            TemplateLayout layout = TemplateLayout.of(CATALOG, generation);
            Set<String> targets = CATALOG.aliases().stream().filter(a -> a.generation().equals(generation))
                    .map(TemplateAlias::target).collect(Collectors.toSet());
            assertThat(layout.rows()).extracting(TemplateRow::target).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(targets);
        }
        TemplateLayout form3 = TemplateLayout.of(CATALOG, "2023");
        assertThat(form3.sections().get(2).headings()).containsExactly("Biểu mẫu 3", "Cải cách thủ tục hành chính");
        // Rows that share a label go under the rate they detail, as the printed form has them.
        assertThat(form3.sections().get(2).rows()).extracting(TemplateRow::code)
                .containsSubsequence("3", "3.1", "3.1.1", "3.1.2", "3.2", "3.2.1", "3.2.2", "3.3", "3.3.1", "3.3.2", "3.4");
        TemplateLayout y2021 = TemplateLayout.of(CATALOG, "2021");
        assertThat(y2021.tablePerSection()).isFalse();
        assertThat(y2021.rows()).filteredOn(TemplateRow::opensSubRows).extracting(TemplateRow::target)
                .contains("tthc.count.province", "org.public_units.province", "egov.edoc_linked.dept", "egov.edoc_rate");
    }

    @Test
    void everyReportSaysItIsSyntheticAndHasItsMetadataCues() {
        assertThat(history).allSatisfy(r -> {
            assertThat(r.text()).as(r.fileName()).contains("Dữ liệu mẫu tổng hợp (synthetic sample data)")
                    .contains("BÁO CÁO").contains("Nơi nhận").contains("THỐNG KÊ SỐ LIỆU").contains(r.period().phrase());
        });
        assertThat(history).extracting(GeneratedReport::shape).contains(TextShape.values());
    }

    // ---- values -----------------------------------------------------------------------------------

    @Test
    void onTimeRatesAreMostly85To100AndImprove() {
        Map<Integer, List<Double>> byYear = new TreeMap<>();
        unplanted().forEach(r -> values(r).forEach((id, v) -> {
            if (id.startsWith("tthc.ontime_rate.") && v != null) {
                assertThat(v.doubleValue()).as("%s %s", r.fileName(), id).isBetween(85.0, 100.0);
                byYear.computeIfAbsent(r.period().year(), y -> new ArrayList<>()).add(v.doubleValue());
            }
        }));
        assertThat(mean(byYear.get(2026))).isGreaterThan(mean(byYear.get(2021)));
    }

    @Test
    void onlineRatesRiseFromAboutTenPercentTo60To90() {
        List<Double> in2021 = new ArrayList<>();
        List<Double> late = new ArrayList<>();
        unplanted().forEach(r -> values(r).forEach((id, v) -> {
            if (v != null && r.period().year() == 2021 && id.startsWith("dvc.online_rate.level")) {
                in2021.add(v.doubleValue());
            }
            if (v != null && r.period().year() >= 2025 && id.equals("dvc.online_rate")) {
                late.add(v.doubleValue());
            }
        }));
        assertThat(mean(in2021)).isBetween(5.0, 16.0);
        assertThat(late).isNotEmpty().allSatisfy(v -> assertThat(v).isBetween(60.0, 90.0));
    }

    @Test
    void staffingIs85To100PercentFilled() {
        unplanted().forEach(r -> {
            Map<String, BigDecimal> v = values(r);
            for (String kind : List.of("civil", "public")) {
                BigDecimal assigned = v.get("staff." + kind + ".assigned");
                BigDecimal present = v.get("staff." + kind + ".present");
                if (assigned != null && present != null && assigned.signum() > 0) {
                    assertThat(present.doubleValue() / assigned.doubleValue()).as(r.fileName()).isBetween(0.85, 1.0);
                }
            }
        });
    }

    @Test
    void ratesAreTheirCountsRatio() {
        unplanted().forEach(r -> {
            Map<String, BigDecimal> v = values(r);
            for (var i : CATALOG.indicators()) {
                BigDecimal rate = v.get(i.id());
                if (i.isRate() && rate != null && v.get(i.numeratorId()) != null && v.get(i.denominatorId()) != null) {
                    BigDecimal expected = v.get(i.numeratorId()).multiply(BigDecimal.valueOf(100))
                            .divide(v.get(i.denominatorId()), 2, RoundingMode.HALF_UP);
                    assertThat(rate).as("%s %s", r.fileName(), i.id()).isEqualByComparingTo(expected);
                }
            }
        });
    }

    @Test
    void partsNeverExceedTheirTotalsUnlessPlanted() {
        unplanted().forEach(r -> {
            Map<String, BigDecimal> v = values(r);
            for (var i : CATALOG.indicators()) {
                if (i.totalId() != null && v.get(i.id()) != null && v.get(i.totalId()) != null) {
                    assertThat(v.get(i.id())).as("%s %s", r.fileName(), i.id()).isLessThanOrEqualTo(v.get(i.totalId()));
                }
                if (i.kind() == vn.cchc.catalog.Indicator.Kind.PERCENT && v.get(i.id()) != null) {
                    assertThat(v.get(i.id()).doubleValue()).as("%s %s", r.fileName(), i.id()).isBetween(0.0, 100.0);
                }
            }
        });
    }

    @Test
    void theProvincesReportAddsUpItsDepartmentsAndDistricts() {
        Map<String, List<GeneratedReport>> byProvincePeriod = history.stream()
                .collect(Collectors.groupingBy(r -> r.agency().province().slug() + " " + r.period().code()));
        int checked = 0;
        for (List<GeneratedReport> group : byProvincePeriod.values()) {
            GeneratedReport province = group.stream().filter(r -> r.agency().kind() == Agency.Kind.PROVINCE).findFirst().orElseThrow();
            List<GeneratedReport> departments = group.stream().filter(r -> r.agency().kind() == Agency.Kind.DEPARTMENT).toList();
            List<GeneratedReport> districts = group.stream().filter(r -> r.agency().kind() == Agency.Kind.DISTRICT).toList();
            Map<String, BigDecimal> p = values(province);
            for (String count : List.of("tthc.resolved", "tthc.ontime")) {
                assertThat(p.get(count + ".dept")).as(province.fileName()).isEqualByComparingTo(sum(departments, count + ".dept"));
                if (!districts.isEmpty()) {
                    assertThat(p.get(count + ".district")).as(province.fileName()).isEqualByComparingTo(sum(districts, count + ".district"));
                    assertThat(p.get(count + ".commune")).as(province.fileName()).isEqualByComparingTo(sum(districts, count + ".commune"));
                }
            }
            if (p.containsKey("dvc.received")) {
                List<GeneratedReport> units = new ArrayList<>(departments);
                units.addAll(districts);
                assertThat(p.get("dvc.received")).as(province.fileName()).isEqualByComparingTo(sum(units, "dvc.received"));
                assertThat(p.get("dvc.received_online")).as(province.fileName()).isEqualByComparingTo(sum(units, "dvc.received_online"));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void cumulativeRowsGrowWithinAYearAndFlowsAddUp() {
        Map<String, GeneratedReport> byFile = history.stream().collect(Collectors.toMap(GeneratedReport::fileName, r -> r));
        int checked = 0;
        for (GeneratedReport q1 : history) {
            if (q1.period().kind() != ReportingPeriod.Kind.Q1 || q1.period().year() == 2025) {
                continue; // 2025's provinces change mid-year
            }
            String stem = q1.fileName().substring(q1.period().code().length());
            List<GeneratedReport> year = new ArrayList<>();
            for (ReportingPeriod.Kind k : ReportingPeriod.Kind.values()) {
                year.add(byFile.get(new ReportingPeriod(q1.period().year(), k).code() + stem));
            }
            if (year.stream().anyMatch(r -> r == null || !r.planted().isEmpty())) {
                continue;
            }
            Map<ReportingPeriod.Kind, Map<String, BigDecimal>> v = new HashMap<>();
            year.forEach(r -> v.put(r.period().kind(), values(r)));
            String cumulative = q1.generation().equals("2021") ? "direction.plan_tasks_done" : "finance.investment_disbursed";
            BigDecimal previous = BigDecimal.ZERO;
            for (ReportingPeriod.Kind k : List.of(ReportingPeriod.Kind.Q1, ReportingPeriod.Kind.Q2, ReportingPeriod.Kind.Q3,
                    ReportingPeriod.Kind.Q4)) {
                BigDecimal now = v.get(k).get(cumulative);
                if (now != null) {
                    assertThat(now).as("%s %s %s", stem, k, cumulative).isGreaterThanOrEqualTo(previous);
                    previous = now;
                }
            }
            String scope = q1.agency().kind() == Agency.Kind.DISTRICT ? "district" : "dept";
            BigDecimal h1 = v.get(ReportingPeriod.Kind.Q1).get("tthc.ontime_rate." + scope) == null ? null
                    : flow(v, "tthc.resolved." + scope, ReportingPeriod.Kind.Q1, ReportingPeriod.Kind.Q2);
            if (h1 != null && v.get(ReportingPeriod.Kind.H1).get("tthc.resolved." + scope) != null) {
                assertThat(v.get(ReportingPeriod.Kind.H1).get("tthc.resolved." + scope)).isEqualByComparingTo(h1);
                assertThat(v.get(ReportingPeriod.Kind.Y).get("tthc.resolved." + scope)).isEqualByComparingTo(
                        flow(v, "tthc.resolved." + scope, ReportingPeriod.Kind.Q1, ReportingPeriod.Kind.Q2,
                                ReportingPeriod.Kind.Q3, ReportingPeriod.Kind.Q4));
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void someReportsCarryAPlantedInconsistencyOfEachKind() {
        List<PlantedInconsistency> planted = history.stream().flatMap(r -> r.planted().stream()).toList();
        assertThat(planted).extracting(PlantedInconsistency::rule)
                .contains("rate_mismatch", "present_exceeds_assigned", "part_exceeds_total");
        double share = (double) history.stream().filter(r -> !r.planted().isEmpty()).count() / history.size();
        assertThat(share).isBetween(0.02, 0.09);
        assertThat(new HistoryGenerator(CATALOG, REFERENCE, SMALL.withInconsistencyRate(0)).generate())
                .allMatch(r -> r.planted().isEmpty());
    }

    private static BigDecimal flow(Map<ReportingPeriod.Kind, Map<String, BigDecimal>> v, String id, ReportingPeriod.Kind... quarters) {
        BigDecimal total = BigDecimal.ZERO;
        for (ReportingPeriod.Kind q : quarters) {
            total = total.add(v.get(q).get(id));
        }
        return total;
    }

    private static BigDecimal sum(List<GeneratedReport> reports, String id) {
        return reports.stream().map(r -> values(r).get(id)).filter(x -> x != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
