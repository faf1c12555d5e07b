package vn.cchc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.catalog.Indicator.Kind;

class CatalogTest {

    private static final Catalog CATALOG = Catalog.bundled();

    @ParameterizedTest(name = "{0} is a {1} rate = {2} / {3}")
    @CsvSource({
            "tthc.ontime_rate.dept,     tthc.ontime.dept,     tthc.resolved.dept",
            "tthc.ontime_rate.district, tthc.ontime.district, tthc.resolved.district",
            "tthc.ontime_rate.commune,  tthc.ontime.commune,  tthc.resolved.commune",
            "dvc.online_rate,           dvc.received_online,  dvc.received"})
    void headlineRatesArePercentagesOfTheirCounts(String id, String numerator, String denominator) {
        Indicator rate = CATALOG.indicator(id).orElseThrow();

        assertThat(rate.kind()).isEqualTo(Kind.PERCENT);
        assertThat(rate.unit()).isEqualTo("%");
        assertThat(rate.numeratorId()).isEqualTo(numerator);
        assertThat(rate.denominatorId()).isEqualTo(denominator);
        assertThat(rate.isRate()).isTrue();
        assertThat(rate.higherIsBetter()).isTrue();
        assertThat(CATALOG.indicator(numerator)).get().extracting(Indicator::kind).isEqualTo(Kind.COUNT);
        assertThat(CATALOG.indicator(denominator)).get().extracting(Indicator::kind).isEqualTo(Kind.COUNT);
    }

    @ParameterizedTest(name = "{0}: {1}, unit {2}")
    @CsvSource({
            "tthc.resolved.dept,         COUNT,   Hồ sơ",
            "tthc.resolved.district,     COUNT,   Hồ sơ",
            "tthc.resolved.commune,      COUNT,   Hồ sơ",
            "tthc.ontime.dept,           COUNT,   Hồ sơ",
            "tthc.ontime.district,       COUNT,   Hồ sơ",
            "tthc.ontime.commune,        COUNT,   Hồ sơ",
            "dvc.received,               COUNT,   Hồ sơ",
            "dvc.received_online,        COUNT,   Hồ sơ",
            "dvc.online_rate.level3,     PERCENT, %",
            "dvc.online_rate.level4,     PERCENT, %",
            "staff.civil.assigned,       COUNT,   Người",
            "staff.civil.present,        COUNT,   Người",
            "staff.public.assigned,      COUNT,   Người",
            "staff.public.present,       COUNT,   Người",
            "tthc.count.total,           COUNT,   Thủ tục",
            "tthc.count.province,        COUNT,   Thủ tục",
            "tthc.count.district,        COUNT,   Thủ tục",
            "tthc.count.commune,         COUNT,   Thủ tục"})
    void everyHeadlineIdOfTheDomainExists(String id, Kind kind, String unit) {
        assertThat(CATALOG.indicator(id)).as(id).get().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(kind);
            assertThat(i.unit()).isEqualTo(unit);
        });
    }

    @Test
    void levelOnlineRatesHaveNoComponentsSoTheyAreNoRatioOfSums() {
        assertThat(CATALOG.indicator("dvc.online_rate.level3").orElseThrow().isRate()).isFalse();
        assertThat(CATALOG.indicator("dvc.online_rate.level4").orElseThrow().isRate()).isFalse();
    }

    @ParameterizedTest(name = "{0} never exceeds {1}")
    @CsvSource({
            "staff.civil.present,   staff.civil.assigned",
            "staff.public.present,  staff.public.assigned",
            "tthc.count.province,   tthc.count.total",
            "tthc.count.district,   tthc.count.total",
            "tthc.count.commune,    tthc.count.total",
            "tthc.ontime.dept,      tthc.resolved.dept",
            "dvc.received_online,   dvc.received",
            "dvc.offered.level4,    dvc.eligible.level4"})
    void partsNameTheirTotal(String part, String total) {
        assertThat(CATALOG.indicator(part).orElseThrow().totalId()).isEqualTo(total);
    }

    @Test
    void assignedPostsAreATotalOfNothing() {
        assertThat(CATALOG.indicator("staff.civil.assigned").orElseThrow().totalId()).isNull();
    }

    static Stream<String> expectedIndicatorKeys() {
        String text;
        try (InputStream in = CatalogTest.class.getResourceAsStream("/seeds/expected.csv")) {
            text = new String(Objects.requireNonNull(in, "seeds/expected.csv").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The note column holds unquoted commas: split off the first three fields only.
        return text.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", 4)[1])
                .filter(key -> !key.startsWith("meta.")).distinct();
    }

    @ParameterizedTest
    @MethodSource("expectedIndicatorKeys")
    void everyIndicatorKeyOfExpectedCsvIsACatalogId(String key) {
        assertThat(CATALOG.indicator(key)).as(key).isPresent();
    }

    @Test
    void expectedCsvNamesTheIndicatorsItChecks() {
        assertThat(expectedIndicatorKeys()).hasSize(22).contains("tthc.ontime_rate.dept", "tthc.resolved.dept",
                "dvc.online_rate", "dvc.online_rate.level4", "staff.public.present", "tthc.count.commune");
    }

    @Test
    void hasTheTwoTemplateGenerations() {
        assertThat(CATALOG.generations()).containsExactly("2021", "2023");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2023"})
    void bothGenerationsHaveAliasesForAllSevenSections(String generation) {
        Set<Integer> sections = CATALOG.aliases().stream().filter(a -> a.generation().equals(generation))
                .map(TemplateAlias::section).collect(Collectors.toSet());

        assertThat(sections).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2023"})
    void bothGenerationsHaveAHeadingForAllSevenSections(String generation) {
        assertThat(CATALOG.sections(generation).stream().map(SectionHeading::section).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void the2023FormsOpenWithTheirBieuMauLine() {
        List<String> formLines = CATALOG.sections("2023").stream().map(SectionHeading::label)
                .filter(l -> l.startsWith("Biểu mẫu")).toList();

        assertThat(formLines).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 7).mapToObj(n -> "Biểu mẫu " + n).toList());
        assertThat(CATALOG.sections("2021")).noneMatch(s -> s.label().startsWith("Biểu mẫu"));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2021 | 3 | 3.3.1 | Tỷ lệ hồ sơ TTHC do các sở, ban, ngành tiếp nhận được giải quyết đúng hạn | tthc.ontime_rate.dept
            2021 | 3 | 3.4.1 | Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn      | tthc.ontime_rate.dept
            2021 | 7 | 7.7.3 | Tỷ lệ hồ sơ xử lý trực tuyến mức độ 3                                      | dvc.online_rate.level3
            2021 | 7 | 7.8.3 | Tỷ lệ hồ sơ xử lý trực tuyến mức độ 3                                      | dvc.online_rate.level3
            2021 | 4 | 4.2.2 | Tổng số biên chế có mặt tại thời điểm báo cáo                              | staff.civil.present
            2023 | 4 | 2.2   | Tổng số biên chế có mặt tại thời điểm báo cáo                              | staff.civil.present
            2023 | 7 | 6.7.2 | Số hồ sơ TTHC đã tiếp nhận trực tuyến                                      | dvc.received_online
            2021 | 3 | 3.4   | Kết quả giải quyết TTHC                                                    | #tthc.results
            """)
    void aliasesMapTheWordingOfEachGenerationToOneId(String generation, int section, String code, String label,
                                                     String target) {
        assertThat(CATALOG.aliases()).filteredOn(a -> a.generation().equals(generation) && a.section() == section
                        && a.code().equals(code) && a.label().equals(label))
                .singleElement().extracting(TemplateAlias::target).isEqualTo(target);
    }

    @Test
    void aRepeatedLabelWithinA2023FormNamesItsParent() {
        assertThat(CATALOG.aliases()).filteredOn(a -> a.generation().equals("2023")
                        && a.label().equals("Tổng số hồ sơ TTHC đã giải quyết xong"))
                .extracting(TemplateAlias::parent, TemplateAlias::target)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("tthc.ontime_rate.dept", "tthc.resolved.dept"),
                        org.assertj.core.groups.Tuple.tuple("tthc.ontime_rate.district", "tthc.resolved.district"),
                        org.assertj.core.groups.Tuple.tuple("tthc.ontime_rate.commune", "tthc.resolved.commune"));
    }

    @Test
    void headerAliasesAreMarkedByAHash() {
        TemplateAlias header = new TemplateAlias("2021", 4, null, "4.2", "Số liệu về biên chế công chức", "#staff.civil");
        TemplateAlias statistic = new TemplateAlias("2021", 4, null, "4.2.1", "Tổng số biên chế được giao trong năm",
                "staff.civil.assigned");

        assertThat(header.isHeader()).isTrue();
        assertThat(statistic.isHeader()).isFalse();
    }

    /** The README's rule: one label and parent per generation and section means one target. */
    @Test
    void noTwoAliasesGiveOneLabelTwoTargets() {
        Map<String, Set<String>> targets = new HashMap<>();
        for (TemplateAlias a : CATALOG.aliases()) {
            String key = a.generation() + "|" + a.section() + "|" + a.parent() + "|" + normalised(a.label());
            targets.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(a.target());
        }

        assertThat(targets).allSatisfy((key, ids) -> assertThat(ids).as(key).hasSize(1));
    }

    private static String normalised(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .trim().replaceAll("[.:]+$", "");
    }

    @Test
    void idsFollowTheDocumentedStyle() {
        assertThat(CATALOG.indicators()).extracting(Indicator::id)
                .allMatch(id -> id.matches("[a-z0-9_]+(\\.[a-z0-9_]+)+"), "area.measure[.scope] in lower-case ASCII")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyWrittenUnitIsAKnownUnitAndCodedAnswersHaveACodeList() {
        for (Indicator i : CATALOG.indicators()) {
            if (i.kind() == Kind.CODED) {
                assertThat(i.unit()).as(i.id()).isNull();
                assertThat(i.codes()).as(i.id()).isNotBlank().contains("=");
            } else {
                assertThat(CATALOG.units()).as(i.id()).contains(i.unit());
            }
        }
        assertThat(CATALOG.units()).contains("Cơ quan, đơn vị", "%", "Hồ sơ", "Triệu đồng");
    }

    @Test
    void knowsNoIndicatorByAnUnknownId() {
        assertThat(CATALOG.indicator("tthc.ontime_rate")).isEmpty();
    }

    @Test
    void rejectsAnAliasThatTargetsAnUnknownIndicator() {
        List<TemplateAlias> aliases = new ArrayList<>(CATALOG.aliases());
        aliases.add(new TemplateAlias("2021", 1, null, "1.6", "Số cuộc họp giao ban tuần", "direction.weekly_meetings"));

        assertThatThrownBy(() -> new Catalog(CATALOG.indicators(), aliases, CATALOG.sections("2021"), CATALOG.units()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("alias 'Số cuộc họp giao ban tuần' targets unknown indicator direction.weekly_meetings");
    }

    @Test
    void rejectsARateWhoseNumeratorIsUnknown() {
        Indicator rate = new Indicator("tthc.ontime_rate.land", 3, "Tỷ lệ", "Rate", "%", Kind.PERCENT, true,
                "tthc.ontime.land", "tthc.resolved.dept", null, Indicator.Accumulation.PERIOD, null);
        List<Indicator> indicators = new ArrayList<>(CATALOG.indicators());
        indicators.removeIf(i -> i.id().equals(rate.id()));
        indicators.add(rate);

        assertThatThrownBy(() -> new Catalog(indicators, CATALOG.aliases(), List.of(), Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tthc.ontime_rate.land refers to unknown indicator tthc.ontime.land");
    }

    @Test
    void acceptsAHeaderAliasWithoutAnIndicator() {
        List<TemplateAlias> aliases = List.of(new TemplateAlias("2025", 1, null, "I", "Chỉ đạo, điều hành", "#direction"));

        assertThat(new Catalog(CATALOG.indicators(), aliases, List.of(), Set.of()).generations()).containsExactly("2025");
    }

    @Test
    void aNewGenerationIsAddedAsDataInAnOverrideDirectory(@TempDir Path dir) throws IOException {
        String bundled = new String(DataFiles.bundled("catalog").bytes("aliases.csv"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("aliases.csv"), bundled
                + "2025,3,,2.1,\"Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn\",tthc.ontime_rate.dept\n");

        Catalog catalog = Catalog.load(new DataFiles("catalog", dir));

        assertThat(catalog.generations()).containsExactly("2021", "2023", "2025");
        assertThat(catalog.aliases()).last().extracting(TemplateAlias::code, TemplateAlias::target)
                .containsExactly("2.1", "tthc.ontime_rate.dept");
        assertThat(catalog.indicators()).hasSameSizeAs(CATALOG.indicators());
    }

    @Test
    void anOverrideAliasWithAnUnknownTargetIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("aliases.csv"),
                "generation,section,parent,code,label,target\n2025,3,,2.1,Tỷ lệ đúng hạn,tthc.ontime_rate.sở\n");

        assertThatThrownBy(() -> Catalog.load(new DataFiles("catalog", dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("targets unknown indicator tthc.ontime_rate.sở");
    }
}
