package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ProvinceRef;
import vn.cchc.catalog.ReferenceData;

/** What a report in another format must read as: what the text seed reads as, and seeds/expected.csv. */
final class SeedAssertions {

    static final ReferenceData REFERENCE = ReferenceData.bundled();
    static final ReportParser PARSER = new ReportParser(Catalog.bundled(), REFERENCE);

    private SeedAssertions() {
    }

    static ParsedReport parse(String name, byte[] bytes) {
        try {
            return PARSER.parse(name, bytes);
        } catch (ReportReadException e) {
            throw new AssertionError(name + " is not read: " + e.getMessage(), e);
        }
    }

    /** The seed's text file, parsed: the reference every other format is compared with. */
    static ParsedReport seed(String seed) {
        return parse(SeedDocuments.fileName(seed), SeedDocuments.text(seed));
    }

    /** Every value as "indicator = number" (or "= text" for a text answer), in order. */
    static List<String> values(ParsedReport report) {
        List<String> values = new ArrayList<>();
        for (ValueDraft d : report.values()) {
            ParsedValue v = d.value();
            values.add(d.indicatorId() + " = " + (v.isNumber() ? v.number() : v.isText() ? "text" : "null"));
        }
        return values;
    }

    static List<String> rules(ParsedReport report) {
        return report.findings().stream().map(Finding::rule).sorted().toList();
    }

    /** The expected.csv rows of the seed: metadata and key values. */
    static void hasExpectedValues(ParsedReport report, String seed) {
        Map<String, String> expected = SeedDocuments.expected(seed);
        assertThat(expected).as("expected.csv rows of seed " + seed).isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        expected.forEach((key, value) -> {
            switch (key) {
                case "meta.province" -> soft.assertThat(REFERENCE.province(value(report.metadata().province()))
                        .map(ProvinceRef::name).orElse(null)).as(key).isEqualTo(value);
                case "meta.agency" -> soft.assertThat(value(report.metadata().agency())).as(key).isEqualTo(value);
                case "meta.agency_kind" -> soft.assertThat(value(report.metadata().agencyKind())).as(key).isEqualTo(value);
                case "meta.period" -> soft.assertThat(value(report.metadata().period())).as(key).isEqualTo(value);
                case "meta.template" -> soft.assertThat(report.template().value()).as(key).isEqualTo(value);
                case "meta.doc_number" -> soft.assertThat(value(report.metadata().docNumber())).as(key).isEqualTo(value);
                default -> {
                    List<ValueDraft> found = report.values().stream().filter(d -> d.indicatorId().equals(key)).toList();
                    soft.assertThat(found).as(key).hasSize(1);
                    if (found.size() == 1 && value.equals("NULL")) {
                        soft.assertThat(found.getFirst().number()).as(key).isNull();
                    } else if (found.size() == 1) {
                        soft.assertThat(found.getFirst().number()).as("%s (raw '%s')", key, found.getFirst().value().raw())
                                .isNotNull().isCloseTo(Double.parseDouble(value), within(1e-9));
                    }
                }
            }
        });
        soft.assertAll();
    }

    /** The same values and findings as the text seed, and no row the catalog does not know. */
    static void readsLikeTheSeed(ParsedReport report, String seed) {
        ParsedReport text = seed(seed);
        assertThat(values(report)).as("values").containsExactlyElementsOf(values(text));
        assertThat(rules(report)).as("finding rules").isEqualTo(rules(text));
        assertThat(rules(report)).doesNotContain("unmatched_row");
        hasExpectedValues(report, seed);
    }

    private static String value(Detected d) {
        return d == null ? null : d.value();
    }
}
