package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.TemplateAlias;

class RowMatcherTest {

    private static final Catalog CATALOG = Catalog.bundled();
    private static final RowMatcher MATCHER = new RowMatcher(CATALOG, GlyphRepair.fromClasspath()::repair);
    private static final Map<String, List<AppendixRow>> ROWS = new ConcurrentHashMap<>();
    private static final Map<String, List<MatchedRow>> MATCHED = new ConcurrentHashMap<>();

    /** The appendix rows of a seed as its reader finds them (seed 001 is pdftotext output). */
    private static List<AppendixRow> rows(String seed) {
        return ROWS.computeIfAbsent(seed, s -> (s.equals("001") ? new PdfLayoutTextReader(AppendixSeeds.UNITS)
                : new TabbedTextReader()).read(AppendixSeeds.lines(s)));
    }

    private static String generationOf(String seed) {
        return seed.compareTo("003") < 0 ? "2021" : "2023";
    }

    private static List<MatchedRow> matched(String seed) {
        return MATCHED.computeIfAbsent(seed, s -> MATCHER.match(rows(s), generationOf(s)));
    }

    private static MatchedRow at(String seed, int line) {
        List<MatchedRow> found = matched(seed).stream().filter(m -> m.row().line() == line).toList();
        assertThat(found).as("seed %s line %d", seed, line).hasSize(1);
        return found.getFirst();
    }

    private static String target(MatchedRow m) {
        return m.matched() ? m.alias().target() : null;
    }

    private static AppendixRow row(int line, String code, String label, String unit, String value) {
        return new AppendixRow(AppendixRow.Kind.ROW, line, code, label, unit, value, "", false,
                code + "\t" + label + "\t" + unit + "\t" + value + "\t");
    }

    private static AppendixRow subRow(int line, String label, String unit, String value) {
        return new AppendixRow(AppendixRow.Kind.ROW, line, "", label, unit, value, "", true,
                "\t" + label + "\t" + unit + "\t" + value + "\t");
    }

    @Test
    void knowsTheTwoTemplateGenerationsOfTheCatalog() {
        assertThat(MATCHER.generations()).containsExactly("2021", "2023");
    }

    @Test
    void rejectsAnUnknownGeneration() {
        assertThatThrownBy(() -> MATCHER.match(rows("000"), "2025"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown template generation 2025");
    }

    @ParameterizedTest(name = "seed {0} line {1}: item {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # the on-time rates: 3.3.x in seed 000, 3.4.x in seeds 001 and 002, 3.x in the 2023 form
            000 | 378 | 3.3.1 | tthc.ontime_rate.dept
            001 | 411 | 3.4.1 | tthc.ontime_rate.dept
            002 | 238 | 3.4.1 | tthc.ontime_rate.dept
            004 | 285 | 3.1   | tthc.ontime_rate.dept
            000 | 379 | 3.3.2 | tthc.ontime_rate.district
            002 | 239 | 3.4.2 | tthc.ontime_rate.district
            004 | 291 | 3.2   | tthc.ontime_rate.district
            000 | 380 | 3.3.3 | tthc.ontime_rate.commune
            001 | 426 | 3.4.3 | tthc.ontime_rate.commune
            002 | 240 | 3.4.3 | tthc.ontime_rate.commune
            # 3.3 is the results block in seed 000, the one-stop block in seeds 001 and 002
            000 | 377 | 3.3   | #tthc.results
            001 | 409 | 3.4   | #tthc.results
            001 | 399 | 3.3   | #tthc.one_stop
            002 | 232 | 3.3   | #tthc.one_stop
            000 | 383 | 3.4   | #tthc.portal
            002 | 243 | 3.5   | #tthc.portal
            # section 7: online services are 7.7 in seed 000 and 7.8 in seeds 001 and 002, where 7.7 is the one-stop system
            000 | 469 | 7.7   | #dvc.online
            001 | 730 | 7.8   | #dvc.online
            002 | 331 | 7.8   | #dvc.online
            000 | 470 | 7.7.1 | dvc.offered.level3
            002 | 332 | 7.8.1 | dvc.offered.level3
            000 | 471 | 7.7.2 | dvc.offered.level4
            001 | 734 | 7.8.2 | dvc.offered.level4
            000 | 472 | 7.7.3 | dvc.online_rate.level3
            001 | 739 | 7.8.3 | dvc.online_rate.level3
            000 | 473 | 7.7.4 | dvc.online_rate.level4
            001 | 741 | 7.8.4 | dvc.online_rate.level4
            002 | 339 | 7.8.4 | dvc.online_rate.level4
            001 | 715 | 7.7   | #egov.one_stop_system
            001 | 717 | 7.7.1 | egov.one_stop_linked_rate.dept
            002 | 328 | 7.7.1 | egov.one_stop_linked_rate.dept
            000 | 463 | 7.6.1 | egov.one_stop_linked.dept
            """)
    void matchesTheSameIndicatorUnderDriftingCodes(String seed, int line, String code, String target) {
        MatchedRow m = at(seed, line);

        assertThat(m.row().code()).isEqualTo(code);
        assertThat(target(m)).isEqualTo(target);
        assertThat(m.score()).isGreaterThanOrEqualTo(RowMatcher.THRESHOLD);
    }

    @ParameterizedTest(name = "seed {0} line {1}: item {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            001 | 296 | 1.1.1 | direction.plan_tasks
            001 | 298 | 1.1.2 | direction.plan_tasks_done
            001 | 300 | 1.1.3 | direction.directive_docs
            001 | 302 | 1.2   | #direction.inspection
            001 | 304 | 1.1.1 | direction.inspected.dept
            001 | 306 | 1.1.2 | direction.inspected.district
            001 | 308 | 1.1.3 | direction.inspection_issues
            001 | 310 | 1.1.4 | direction.inspection_issues_resolved
            002 | 192 | 1.1.1 | direction.plan_tasks
            002 | 193 | 1.1.2 | direction.plan_tasks_done
            002 | 194 | 1.1.3 | direction.directive_docs
            002 | 196 | 1.1.1 | direction.inspected.dept
            002 | 197 | 1.1.2 | direction.inspected.district
            002 | 198 | 1.1.3 | direction.inspection_issues
            002 | 199 | 1.1.4 | direction.inspection_issues_resolved
            """)
    void theCodesRepeatedUnderItem12MatchTheInspectionIndicators(String seed, int line, String code, String target) {
        MatchedRow m = at(seed, line);

        assertThat(m.row().code()).isEqualTo(code);
        assertThat(target(m)).isEqualTo(target);
    }

    @Test
    void eachPlanIndicatorIsMatchedOnceDespiteTheRepeatedCodes() {
        for (String seed : List.of("001", "002")) {
            assertThat(matched(seed)).filteredOn(m -> m.row().code().startsWith("1.1."))
                    .extracting(RowMatcherTest::target).as("seed %s", seed).containsExactly(
                            "direction.plan_tasks", "direction.plan_tasks_done", "direction.directive_docs",
                            "direction.inspected.dept", "direction.inspected.district", "direction.inspection_issues",
                            "direction.inspection_issues_resolved");
        }
    }

    @ParameterizedTest(name = "seed {0} line {1}: {2} under {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            004 | 286 | 3.1.1 | 3.1 | tthc.resolved.dept
            004 | 287 | 3.1.2 | 3.1 | tthc.ontime.dept
            004 | 292 | 3.2.1 | 3.2 | tthc.resolved.district
            004 | 293 | 3.2.2 | 3.2 | tthc.ontime.district
            004 | 295 | 3.3.1 | 3.3 | tthc.resolved.commune
            004 | 296 | 3.3.2 | 3.3 | tthc.ontime.commune
            003 | 263 | 3.1.1 | 3.1 | tthc.resolved.dept
            003 | 264 | 3.1.2 | 3.1 | tthc.ontime.dept
            """)
    void theRepeatedLabelsOfBieuMau3FollowTheirParentRate(String seed, int line, String code, String parentCode,
                                                           String target) {
        MatchedRow m = at(seed, line);

        assertThat(m.row().code()).isEqualTo(code);
        assertThat(m.section()).isEqualTo(3);
        assertThat(target(m)).isEqualTo(target);
        assertThat(m.alias().parent()).isEqualTo(target(matched(seed).stream()
                .filter(p -> p.row().code().equals(parentCode) && p.section() == 3).findFirst().orElseThrow()));
    }

    @Test
    void theParentRowDecidesARepeatedLabelEvenWhenTheCodeSaysOtherwise() {
        // A commune report numbering its only rate 3.2: the code hints at the district aliases.
        List<AppendixRow> rows = List.of(
                AppendixRow.heading(1, "Biểu mẫu 3"),
                AppendixRow.heading(2, "Cải cách thủ tục hành chính"),
                row(3, "3", "Kết quả giải quyết TTHC", "", ""),
                row(4, "3.2", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn", "%", "98,5"),
                row(5, "3.2.1", "Tổng số hồ sơ TTHC đã giải quyết xong", "Hồ sơ", "200"),
                row(6, "3.2.2", "Số hồ sơ TTHC giải quyết đúng hạn", "Hồ sơ", "197"));

        assertThat(MATCHER.match(rows, "2023")).extracting(m -> m.row().line(), RowMatcherTest::target, MatchedRow::section)
                .containsExactly(
                        tuple(3, "#tthc.results", 3),
                        tuple(4, "tthc.ontime_rate.commune", 3),
                        tuple(5, "tthc.resolved.commune", 3),
                        tuple(6, "tthc.ontime.commune", 3));
    }

    @ParameterizedTest(name = "seed {0} line {1}: {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            000 | 366 | Số TTHC cấp tỉnh:  | tthc.count.province
            000 | 367 | Số TTHC cấp huyện: | tthc.count.district
            000 | 368 | Số TTHC cấp xã:    | tthc.count.commune
            001 | 380 | Số TTHC cấp tỉnh:  | tthc.count.province
            001 | 382 | Số TTHC cấp huyện: | tthc.count.district
            001 | 384 | Số TTHC cấp xã:    | tthc.count.commune
            002 | 223 | Số TTHC cấp tỉnh:  | tthc.count.province
            002 | 224 | Số TTHC cấp huyện: | tthc.count.district
            002 | 225 | Số TTHC cấp xã:    | tthc.count.commune
            """)
    void matchesTheTrongDoSubRowsOfTheProcedureCount(String seed, int line, String label, String target) {
        MatchedRow m = at(seed, line);

        assertThat(m.row().subRow()).isTrue();
        assertThat(m.row().code()).isEmpty();
        assertThat(m.row().label()).isEqualTo(label);
        assertThat(target(m)).isEqualTo(target);
        assertThat(m.section()).isEqualTo(3);
    }

    @Test
    void matchesHandBuiltTrongDoRowsAfterTheirTotal() {
        List<AppendixRow> rows = List.of(
                row(1, "3", "Cải cách thủ tục hành chính", "", ""),
                row(2, "3.1", "Thống kê TTHC", "", ""),
                row(3, "3.1.3", "Tổng số TTHC đang có hiệu lực", "Thủ tục", "52"),
                subRow(4, "Số TTHC cấp tỉnh:", "Thủ tục", "50"),
                subRow(5, "Số TTHC cấp huyện:", "Thủ tục", "2"),
                subRow(6, "Số TTHC cấp xã:", "Thủ tục", "0"),
                row(7, "3.2", "Thực hiện cơ chế một cửa, một cửa liên thông", "", ""));

        assertThat(MATCHER.match(rows, "2021")).extracting(RowMatcherTest::target).containsExactly(
                "#tthc", "#tthc.stats", "tthc.count.total", "tthc.count.province", "tthc.count.district",
                "tthc.count.commune", "#tthc.one_stop");
    }

    @ParameterizedTest(name = "seed 001 line {0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            411 | Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hẹn    | tthc.ontime_rate.dept
            420 | Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hẹn   | tthc.ontime_rate.district
            426 | Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hẹn      | tthc.ontime_rate.commune
            316 | Số nhiệm vụ đã hoàn thành đúng hạn                                       | direction.assigned_tasks_ontime
            322 | Số lượng phiếu khảo sát                                                  | direction.survey_forms
            348 | Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp     | direction.dialogue_held
            388 | Số TTHC đã cập nhật, công khai trên Cổng DVC quốc gia                    | tthc.national_portal_published
            """)
    void matchesTheGlyphLostLabelsOfSeed001WithTheirGlyphsRestored(int line, String repaired, String target) {
        MatchedRow m = at("001", line);

        assertThat(m.row().label()).as("the raw text stays in the row").isNotEqualTo(repaired);
        assertThat(m.label()).isEqualTo(repaired);
        assertThat(target(m)).isEqualTo(target);
    }

    @Test
    void theGlyphLostOnTimeRatesMatchEvenWithoutRepair() {
        List<MatchedRow> unrepaired = new RowMatcher(CATALOG, UnaryOperator.identity()).match(rows("001"), "2021");

        assertThat(unrepaired).filteredOn(m -> List.of(411, 420, 426).contains(m.row().line()))
                .extracting(MatchedRow::label, RowMatcherTest::target).containsExactly(
                        tuple("T  lệ hồ sơ TTHC do các sở, ngành tiếp nh n được giải quyết đ ng hẹn", "tthc.ontime_rate.dept"),
                        tuple("T  lệ hồ sơ TTHC do UBND cấp huyện tiếp nh n được giải quyết đ ng hẹn",
                                "tthc.ontime_rate.district"),
                        tuple("T  lệ hồ sơ TTHC do UBND cấp xã tiếp nh n được giải quyết đ ng hẹn",
                                "tthc.ontime_rate.commune"));
    }

    @Test
    void aRowWithAnUnknownLabelIsUnmatchedAndTheNextRowStillMatches() {
        List<AppendixRow> rows = List.of(
                row(1, "1", "Công tác chỉ đạo điều hành CCHC", "", ""),
                row(2, "1.6", "Số cuộc họp giao ban tuần", "Cuộc", "12"),
                row(3, "1.5", "Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp", "Không = 0 Có = 1", "1"));

        List<MatchedRow> result = MATCHER.match(rows, "2021");

        assertThat(result).hasSize(3);
        assertThat(result.get(1)).satisfies(m -> {
            assertThat(m.matched()).isFalse();
            assertThat(m.alias()).isNull();
            assertThat(m.label()).isEqualTo("Số cuộc họp giao ban tuần");
            assertThat(m.section()).isEqualTo(1);
            assertThat(m.score()).isLessThan(RowMatcher.THRESHOLD);
            assertThat(m.row()).isSameAs(rows.get(1));
        });
        assertThat(target(result.get(2))).isEqualTo("direction.dialogue_held");
    }

    @Test
    void anUnknownRowInsideARealAppendixLeavesTheOtherRowsMatched() {
        List<AppendixRow> rows = new ArrayList<>(rows("000"));
        int at = rows.indexOf(rows.stream().filter(r -> r.line() == 346).findFirst().orElseThrow());
        rows.add(at, row(9999, "1.3.4", "Số cuộc họp giao ban tuần", "Cuộc", "12"));

        List<MatchedRow> result = MATCHER.match(rows, "2021");

        assertThat(result).filteredOn(m -> !m.matched()).extracting(m -> m.row().line()).containsExactly(9999);
        assertThat(result).filteredOn(MatchedRow::matched).hasSize(115);
    }

    @ParameterizedTest(name = "seed {0}: {1} table rows, template {2}")
    @CsvSource({"000, 115, 2021", "001, 121, 2021", "002, 121, 2021", "003, 136, 2023", "004, 146, 2023"})
    void theTemplateIsTheGenerationThatRecognisesMostRows(String seed, int tableRows, String generation) {
        String other = generation.equals("2021") ? "2023" : "2021";

        assertThat(rows(seed)).filteredOn(r -> !r.isHeading()).hasSize(tableRows);
        assertThat(MATCHER.recognised(rows(seed), generation)).isEqualTo(tableRows);
        assertThat(MATCHER.recognised(rows(seed), other)).isLessThan(tableRows);
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"000", "001", "002", "003", "004"})
    void everyTableRowOfTheSeedMatchesATemplateRow(String seed) {
        List<AppendixRow> tableRows = rows(seed).stream().filter(r -> !r.isHeading()).toList();

        assertThat(matched(seed)).extracting(MatchedRow::row).containsExactlyElementsOf(tableRows);
        assertThat(matched(seed)).allSatisfy(m -> {
            assertThat(m.matched()).as("line %d '%s'", m.row().line(), m.row().label()).isTrue();
            assertThat(m.alias().generation()).isEqualTo(generationOf(seed));
        });
    }

    @ParameterizedTest(name = "seed {0} line {1}: section {2}")
    @CsvSource({
            "000, 337, 1", "000, 365, 3", "000, 401, 4", "000, 470, 7",
            "001, 411, 3", "001, 493, 4", "001, 741, 7",
            "003, 201, 1", "003, 227, 2", "003, 285, 4", "003, 328, 6", "003, 379, 7",
            "004, 250, 2", "004, 286, 3", "004, 317, 4", "004, 355, 6", "004, 410, 7"})
    void knowsTheSectionEachRowStandsIn(String seed, int line, int section) {
        MatchedRow m = at(seed, line);

        assertThat(m.section()).isEqualTo(section);
        assertThat(m.alias().section()).isEqualTo(section);
    }

    @Test
    void a2023FormNumberRestartsTheCodes() {
        // Item "1" of Biểu mẫu 1, 2 and 6 of seed 004 are three different indicators.
        assertThat(matched("004")).filteredOn(m -> m.row().code().equals("1"))
                .extracting(MatchedRow::section, RowMatcherTest::target).containsExactly(
                        tuple(1, "direction.directive_docs"),
                        tuple(2, "institution.legal_docs_issued"),
                        tuple(3, "#tthc.stats"),
                        tuple(4, "#org.structure"),
                        tuple(5, "#civil_service.job_positions"),
                        tuple(6, "finance.disbursement_rate"),
                        tuple(7, "egov.architecture_updated"));
    }

    @Test
    void keepsTheAliasOfTheGenerationItMatched() {
        TemplateAlias alias = at("000", 378).alias();

        assertThat(alias.generation()).isEqualTo("2021");
        assertThat(alias.code()).isEqualTo("3.3.1");
        assertThat(alias.label()).isEqualTo("Tỷ lệ hồ sơ TTHC do các sở, ban, ngành tiếp nhận được giải quyết đúng hạn");
    }
}
