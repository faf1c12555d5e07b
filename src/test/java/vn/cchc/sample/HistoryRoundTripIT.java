package vn.cchc.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.FINDING;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.Csv;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.sample.ReportingPeriod.Kind;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;
import vn.cchc.warehouse.FindingKeys;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.Warehouse;
import vn.cchc.warehouse.jooq.tables.records.IndicatorValuesRecord;

/**
 * The round trip: a generated history, loaded by the real loader into a real DuckDB file, gives
 * back every value of its manifest through the public view indicator_values — NULL where the
 * report gives none — and exactly the inconsistencies planted in it as findings, no other. Once
 * per file format, each history written in that format only.
 *
 * <p>Text, where parsing is cheapest, gets the larger history (255 reports): three provinces
 * across the 2025 reorganisation, 2021–2026 (both template generations), the half-year, the third
 * quarter and the year of each year — 2025-H1 the last period with districts and the old provinces,
 * 2025-Q3 the first with the new ones — three departments (one of them abolished in March 2025)
 * and a district per province; every text shape. Each binary format gets a smaller one (64
 * reports): two provinces, 2022–2025 (both generations), the second and third quarters (2025-Q2
 * and 2025-Q3 on either side of the reorganisation), two departments and a district.
 * HistoryGeneratorTest covers the other periods.
 */
class HistoryRoundTripIT {

    static final GeneratorSettings SETTINGS = GeneratorSettings.of(20250701, 2021, 2026, 3).withAgencies(3, 1)
            .withPeriods(EnumSet.of(Kind.H1, Kind.Q3, Kind.Y)).withInconsistencyRate(0.08)
            .withFormats(EnumSet.of(FileFormat.TXT));
    /** The history each binary format is tried on. */
    static final GeneratorSettings SMALL = GeneratorSettings.of(20250701, 2022, 2025, 2).withAgencies(2, 1)
            .withPeriods(EnumSet.of(Kind.Q2, Kind.Q3)).withInconsistencyRate(0.12);
    /** The consistency rules: each finding of theirs must be a planted error. */
    static final Set<String> RATIO_AND_TOTAL_RULES = Set.of("rate_mismatch", "part_exceeds_total",
            "present_exceeds_assigned", "percent_over_100");

    @Nested
    class Text extends RoundTrip {
        Text() {
            super(SETTINGS);
        }

        @Test
        void everyTextShapeAndTheYearsAcrossTheBoundaries() {
            assertThat(generated.byShape().keySet()).containsExactlyInAnyOrder(TextShape.values());
            assertThat(manifest).extracting(r -> r.get("period")).contains("2025-H1", "2025-Q3");
            assertThat(manifest).extracting(r -> r.get("agency")).contains("Văn phòng UBND tỉnh", "Sở Nội vụ");
            assertThat(planted).extracting(r -> r.get("rule")).contains("rate_mismatch", "part_exceeds_total");
        }
    }

    @Nested
    class Docx extends RoundTrip {
        Docx() {
            super(SMALL.withFormats(EnumSet.of(FileFormat.DOCX)));
        }
    }

    @Nested
    class Xlsx extends RoundTrip {
        Xlsx() {
            super(SMALL.withFormats(EnumSet.of(FileFormat.XLSX)));
        }
    }

    @Nested
    class Pdf extends RoundTrip {
        Pdf() {
            super(SMALL.withFormats(EnumSet.of(FileFormat.PDF)));
        }
    }

    /** Generate, load, compare: the same checks for every format. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class RoundTrip {

        final GeneratorSettings settings;
        Warehouse warehouse;
        DSLContext dsl;
        HistoryGenerator.Summary generated;
        List<FileOutcome> outcomes;
        List<Map<String, String>> manifest;
        List<Map<String, String>> planted;

        RoundTrip(GeneratorSettings settings) {
            this.settings = settings;
        }

        @BeforeAll
        void generateAndLoad(@TempDir Path tmp) throws IOException {
            Catalog catalog = Catalog.bundled();
            ReferenceData reference = ReferenceData.bundled();
            generated = new HistoryGenerator(catalog, reference, settings).write(tmp.resolve("history"), r -> { });
            manifest = Csv.read(Files.newInputStream(generated.manifest()), "manifest.csv");
            planted = Csv.read(Files.newInputStream(generated.inconsistencies()), "manifest_inconsistencies.csv");
            warehouse = Warehouse.open(tmp.resolve("cchc.duckdb"));
            dsl = warehouse.dsl();
            outcomes = new BatchLoader(new ReportParser(catalog, reference), new ReportLoader(warehouse), 2)
                    .load(BatchLoader.collect(List.of(generated.reportFolder())), o -> { });
        }

        @AfterAll
        void close() {
            if (warehouse != null) {
                warehouse.close();
            }
        }

        @Test
        void everyReportLoadsAsAReportOfItsOwn() {
            assertThat(outcomes).hasSize(generated.reports());
            assertThat(outcomes).filteredOn(o -> o.kind() != FileOutcome.Kind.LOADED)
                    .extracting(o -> o.fileName() + ": " + o.kind() + " " + o.error()).isEmpty();
            assertThat(outcomes).allSatisfy(o -> assertThat(o.result().superseded()).as(o.fileName()).isEmpty());
            // Only the chosen format; every kind of agency, both template generations, both sides of the 2025 boundary.
            assertThat(generated.byFormat().keySet()).isEqualTo(settings.formats());
            assertThat(outcomes).allSatisfy(o -> assertThat(o.fileName())
                    .endsWith("." + settings.formats().iterator().next().extension()));
            assertThat(generated.byKind().keySet()).containsExactlyInAnyOrder(Agency.Kind.values());
            assertThat(manifest).extracting(r -> r.get("template")).contains("2021", "2023");
            assertThat(manifest).extracting(r -> r.get("period")).anyMatch(p -> p.compareTo("2025-Q3") < 0 && p.startsWith("2025"))
                    .contains("2025-Q3");
            assertThat(planted).isNotEmpty();
        }

        @Test
        void everyManifestValueIsReadBackExactlyThroughIndicatorValues() {
            Map<String, IndicatorValuesRecord> read = new HashMap<>();
            for (IndicatorValuesRecord r : dsl.selectFrom(INDICATOR_VALUES).fetch()) {
                assertThat(read.put(r.getSourceFile() + " " + r.getIndicator(), r)).as("one row per indicator and report: %s %s",
                        r.getSourceFile(), r.getIndicator()).isNull();
            }
            List<String> wrong = new ArrayList<>();
            for (Map<String, String> m : manifest) {
                String key = m.get("file") + " " + m.get("indicator");
                IndicatorValuesRecord r = read.get(key);
                if (r == null) {
                    wrong.add(key + ": missing");
                    continue;
                }
                Double expected = m.get("value").equals("NULL") ? null : Double.valueOf(m.get("value"));
                if (expected == null ? r.getValue() != null : !expected.equals(r.getValue())) {
                    wrong.add(key + ": expected " + m.get("value") + ", read " + r.getValue() + " from '" + r.getRaw() + "'");
                }
                if (!m.get("province").equals(r.getProvince()) || !m.get("agency").equals(r.getAgency())
                        || !m.get("agency_kind").equals(r.getAgencyKind()) || !m.get("period").equals(r.getPeriod())
                        || !m.get("template").equals(r.getTemplate())) {
                    wrong.add(key + ": metadata " + List.of(r.getProvince(), r.getAgency(), r.getAgencyKind(), r.getPeriod(),
                            r.getTemplate()) + " expected " + List.of(m.get("province"), m.get("agency"), m.get("agency_kind"),
                            m.get("period"), m.get("template")));
                }
            }
            assertThat(wrong).as("%d of %d manifest values", wrong.size(), manifest.size()).isEmpty();
            // Nothing read that the reports do not hold.
            assertThat(read).hasSize(manifest.size());
            assertThat(manifest.size()).isEqualTo(generated.values());
        }

        @Test
        void everyPlantedInconsistencyIsFoundAndNoOtherFinding() {
            Set<String> expected = FindingKeys.planted(planted);
            Set<String> found = new HashSet<>();
            List<String> unexpected = new ArrayList<>();
            for (String key : FindingKeys.findings(dsl)) {
                found.add(key);
                if (!expected.contains(key)) {
                    unexpected.add(key);
                }
            }
            assertThat(expected).as("planted inconsistencies, each found with its rule").isNotEmpty().isSubsetOf(found);
            assertThat(unexpected).as("findings where none was planted").isEmpty();
            assertThat(dsl.fetchCount(FINDING, FINDING.RULE.in(RATIO_AND_TOTAL_RULES))).isEqualTo(expected.size());
            assertThat(dsl.fetchCount(FINDING, FINDING.RULE.in("unmatched_row", "metadata_missing"))).isZero();
        }
    }
}
