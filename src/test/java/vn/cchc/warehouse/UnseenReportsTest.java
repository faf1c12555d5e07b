package vn.cchc.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.Indicator;
import vn.cchc.ingest.Detected;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ReportParser;
import vn.cchc.ingest.ReportReadException;
import vn.cchc.ingest.ValueDraft;
import vn.cchc.warehouse.SeedVariants.Author;
import vn.cchc.warehouse.SeedVariants.Expected;
import vn.cchc.warehouse.SeedVariants.Seed;
import vn.cchc.warehouse.SeedVariants.Variant;

/**
 * The loader holds for reports it has not seen: variants of the five seeds ({@link SeedVariants})
 * written for other provinces (one after the 2025 merger), other agencies, district authors, other
 * periods and with scaled values read back as they were written — in all three text shapes
 * (Markdown tabbed, plain tabbed, pdf layout) and both template generations.
 */
class UnseenReportsTest {

    private static final SeedVariants VARIANTS = SeedVariants.bundled();
    private static final ReportParser PARSER = SeedReports.parser();
    private static final Catalog CATALOG = Catalog.bundled();
    private static final Map<String, ParsedReport> PARSED = new ConcurrentHashMap<>();

    static Stream<Variant> variants() {
        return Stream.of(
                // seed 000: Markdown, tabbed, 2021 template
                new Variant(Seed.MARKDOWN_2021, "lao-cai", "2022-Q2", Author.SEEDS_OWN, 2),
                new Variant(Seed.MARKDOWN_2021, "thai-binh", "2024-H1", Author.department("so-tu-phap"), 3),
                new Variant(Seed.MARKDOWN_2021, "tuyen-quang", "2022-9M", Author.district("Yên Sơn"), 4),
                // seed 001: pdf layout, 2021 template; a Quảng Bình report after the merger belongs to the new Quảng Trị
                new Variant(Seed.PDF_2021, "quang-binh", "2025-Q3", Author.SEEDS_OWN, 2),
                new Variant(Seed.PDF_2021, "ha-noi", "2022-Y", Author.department("so-tu-phap"), 3),
                new Variant(Seed.PDF_2021, "quang-binh", "2023-H1", Author.district("Bố Trạch"), 2),
                // seed 002: plain text, tabbed, 2021 template, Văn phòng UBND tỉnh
                new Variant(Seed.PLAIN_2021, "can-tho", "2022-Y", Author.SEEDS_OWN, 5),
                new Variant(Seed.PLAIN_2021, "bac-ninh", "2022-9M", Author.department("so-y-te"), 2),
                new Variant(Seed.PLAIN_2021, "ninh-thuan", "2023-Q4", Author.district("Ninh Hải"), 3),
                // seed 003: Markdown, tabbed, 2023 template
                new Variant(Seed.MARKDOWN_2023, "quang-nam", "2024-H1", Author.department("so-tai-chinh"), 2),
                new Variant(Seed.MARKDOWN_2023, "khanh-hoa-2025", "2025-Q3", Author.SEEDS_OWN, 3),
                new Variant(Seed.MARKDOWN_2023, "quang-tri", "2022-9M", Author.district("Gio Linh"), 2),
                // seed 004: plain text, tabbed, 2023 template, the province's own report (UBND tỉnh)
                new Variant(Seed.PLAIN_2023, "ha-giang", "2025-Q3", Author.SEEDS_OWN, 2),
                new Variant(Seed.PLAIN_2023, "dak-lak", "2022-Y", Author.SEEDS_OWN, 4),
                new Variant(Seed.PLAIN_2023, "thanh-hoa", "2024-Q2", Author.district("Thọ Xuân"), 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void metadataIsWhatTheVariantWrote(Variant v) {
        ParsedReport report = parsed(v);
        Expected expected = VARIANTS.expected(v);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(value(report.metadata().province())).as("province").isEqualTo(expected.province());
        soft.assertThat(value(report.metadata().agency())).as("agency").isEqualTo(expected.agency());
        soft.assertThat(value(report.metadata().agencyKind())).as("agency kind").isEqualTo(expected.agencyKind());
        soft.assertThat(value(report.metadata().period())).as("period").isEqualTo(expected.period());
        soft.assertThat(report.template().value()).as("template").isEqualTo(expected.template());
        if (v.author().district() != null) {
            soft.assertThat(value(report.metadata().docNumber())).as("doc number").isEqualTo(SeedVariants.DISTRICT_DOC_NUMBER);
        }
        soft.assertAll();
    }

    /** The seed's rows of seeds/expected.csv, with every count multiplied by the variant's factor. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void keyValuesAreWhatTheVariantWrote(Variant v) {
        ParsedReport report = parsed(v);
        List<Map<String, String>> rows = SeedReports.expected().stream()
                .filter(r -> r.get("seed").equals(v.seed().file) && !r.get("key").startsWith("meta."))
                .toList();
        assertThat(rows).extracting(r -> r.get("key")).contains("tthc.count.total", "tthc.ontime_rate.dept");
        SoftAssertions soft = new SoftAssertions();
        for (Map<String, String> row : rows) {
            String indicator = row.get("key");
            List<ValueDraft> values = report.values().stream().filter(d -> d.indicatorId().equals(indicator)).toList();
            soft.assertThat(values).as(indicator).hasSize(1);
            Double expected = written(indicator, row.get("expected").equals("NULL") ? null : Double.valueOf(row.get("expected")), v);
            if (values.size() == 1 && expected == null) {
                soft.assertThat(values.getFirst().number()).as("%s (raw '%s')", indicator, values.getFirst().value().raw()).isNull();
            } else if (values.size() == 1) {
                soft.assertThat(values.getFirst().number()).as("%s (raw '%s')", indicator, values.getFirst().value().raw())
                        .isNotNull().isCloseTo(expected, within(1e-9));
            }
        }
        soft.assertAll();
    }

    /** Not only the key rows: every value the seed holds reads back from the variant, scaled where it is a count. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyValueOfTheSeedReadsBackAsTheVariantWroteIt(Variant v) {
        Map<String, Double> seed = numbers(seedReport(v.seed()));
        Map<String, Double> variant = numbers(parsed(v));
        assertThat(variant.keySet()).as("the same indicators as the seed").containsExactlyElementsOf(seed.keySet());
        SoftAssertions soft = new SoftAssertions();
        seed.forEach((indicator, number) -> {
            Double expected = written(indicator, number, v);
            if (expected == null) {
                soft.assertThat(variant.get(indicator)).as(indicator).isNull();
            } else {
                soft.assertThat(variant.get(indicator)).as(indicator).isNotNull().isCloseTo(expected, within(1e-6));
            }
        });
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyRowMatchesTheCatalogAndNoMetadataIsMissing(Variant v) {
        ParsedReport report = parsed(v);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("unmatched_row") || f.rule().equals("metadata_missing"))
                .as("findings").isEmpty();
    }

    /** What the load benchmark relies on: the same list every time, each a different report of a different agency or period. */
    @Test
    void manyVariantsAreDeterministicAndEveryOneIsADifferentReport() {
        List<Variant> many = VARIANTS.distinct(150);
        assertThat(VARIANTS.distinct(150)).isEqualTo(many);
        Set<String> contents = new HashSet<>();
        Set<String> agencyPeriods = new HashSet<>();
        for (Variant v : many) {
            contents.add(new String(VARIANTS.write(v), StandardCharsets.UTF_8));
            Expected e = VARIANTS.expected(v);
            agencyPeriods.add(e.province() + "|" + e.agency() + "|" + e.period());
        }
        assertThat(VARIANTS.write(many.getFirst())).as("written twice").isEqualTo(VARIANTS.write(many.getFirst()));
        assertThat(contents).as("distinct contents").hasSize(150);
        assertThat(agencyPeriods).as("no variant supersedes another").hasSize(150);
        assertThat(many).extracting(Variant::fileName).doesNotHaveDuplicates();
    }

    @Test
    void numbersAreScaledAsTheyWereWritten() {
        assertThat(SeedVariants.scale("2.097", 3)).isEqualTo("6.291");
        assertThat(SeedVariants.scale("45.700", 2)).isEqualTo("91.400");
        assertThat(SeedVariants.scale("6.786,875", 2)).isEqualTo("13.573,750");
        assertThat(SeedVariants.scale("02", 3)).isEqualTo("06");
        assertThat(SeedVariants.scale("05", 3)).isEqualTo("15");
        assertThat(SeedVariants.scale("1953", 2)).isEqualTo("3906");
        assertThat(SeedVariants.scale("8.326", 1)).isEqualTo("8.326");
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** What the variant wrote for a value the seed holds: counts and amounts times the factor, the rest as is. */
    private static Double written(String indicator, Double seedNumber, Variant v) {
        if (seedNumber == null) {
            return null;
        }
        Indicator.Kind kind = CATALOG.indicator(indicator).orElseThrow().kind();
        return kind == Indicator.Kind.COUNT || kind == Indicator.Kind.MONEY ? seedNumber * v.factor() : seedNumber;
    }

    private static Map<String, Double> numbers(ParsedReport report) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        report.values().forEach(d -> numbers.put(d.indicatorId(), d.number()));
        return numbers;
    }

    private static ParsedReport parsed(Variant v) {
        return PARSED.computeIfAbsent(v.fileName(), name -> parse(name, VARIANTS.write(v)));
    }

    private static ParsedReport seedReport(Seed seed) {
        return PARSED.computeIfAbsent(seed.file, name -> parse(name, SeedReports.bytes(name)));
    }

    private static ParsedReport parse(String name, byte[] bytes) {
        try {
            return PARSER.parse(name, bytes);
        } catch (ReportReadException e) {
            throw new AssertionError(name + " is not read: " + e.getMessage(), e);
        }
    }

    private static String value(Detected d) {
        return d == null ? null : d.value();
    }
}
