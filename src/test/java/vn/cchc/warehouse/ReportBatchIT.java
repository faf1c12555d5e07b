package vn.cchc.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.AGENCY;
import static vn.cchc.warehouse.jooq.Tables.FINDING;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_EVIDENCE;
import static vn.cchc.warehouse.jooq.Tables.REPORT_OVERVIEW;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE_PART;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.cchc.ingest.ParsedReport;
import vn.cchc.ingest.ParsedValue;
import vn.cchc.ingest.ValueDraft;
import vn.cchc.ingest.ValuePart;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;

/**
 * Many reports in one transaction must behave exactly as one transaction per report in file order:
 * duplicates and supersession inside the batch, and a failing report that costs the others nothing.
 */
class ReportBatchIT extends FreshWarehouse {

    static final String THANH_HOA = "004_197f7b6bb391846f.txt";


    /** The Thanh Hóa seed with one value changed: another version of the same agency and period. */
    ParsedReport thanhHoaVersion(String fileName, String assigned) throws Exception {
        String text = new String(SeedReports.bytes(THANH_HOA), StandardCharsets.UTF_8).replace("\t3.698\t", "\t" + assigned + "\t");
        return parser.parse(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A report whose last value names no catalog indicator: it cannot be stored. */
    static ParsedReport broken(ParsedReport good) {
        List<ValueDraft> values = new ArrayList<>(good.values());
        values.add(new ValueDraft(values.size(), "no.such.indicator",
                new ParsedValue("1", ParsedValue.Status.NUMBER, 1.0, null, null, null, List.of(), null, 0, false),
                null, null, ValueDraft.Origin.ROW, "9.9", "bad", 1));
        return new ParsedReport("broken-" + good.fileName(), "broken" + good.sha256(), good.byteSize(), good.shape(),
                good.template(), good.metadata(), values, good.findings());
    }

    /**
     * A report whose last value repeats a part: report_value_part's key refuses it when DuckDB's
     * appender flushes. (DuckDB's appender drops such an error without a word, and the rows with
     * it, when it comes from {@code close()} rather than {@code flush()}: the loader flushes.)
     */
    static ParsedReport repeatedPart(ParsedReport good) {
        List<ValueDraft> values = new ArrayList<>(good.values());
        values.add(new ValueDraft(values.size(), good.values().getFirst().indicatorId(),
                new ParsedValue("77 (cấp tỉnh 54, cấp tỉnh 23)", ParsedValue.Status.NUMBER, 77.0, null, null, null,
                        List.of(new ValuePart("province", 54.0, "cấp tỉnh 54"), new ValuePart("province", 23.0, "cấp tỉnh 23")),
                        null, 0, false),
                null, null, ValueDraft.Origin.ROW, "9.9", "bad", 1));
        return new ParsedReport("repeated-part-" + good.fileName(), "repeated-part" + good.sha256(), good.byteSize(),
                good.shape(), good.template(), good.metadata(), values, good.findings());
    }

    @Test
    void aBatchStoresWhatOneTransactionPerReportStores() throws Exception {
        List<ParsedReport> seeds = new ArrayList<>();
        for (String f : List.of("000_325df2895e38e3a8.txt", "001_5861b1071b6d393a.txt", "002_fff703ffbe76582a.txt",
                "003_6e93ae04989b8532.txt", THANH_HOA)) {
            seeds.add(seed(f));
        }
        List<ReportLoader.Attempt> batch = loader.loadAll(seeds);

        Path single = tmp.resolve("single.duckdb");
        try (Warehouse other = Warehouse.open(single)) {
            ReportLoader oneByOne = new ReportLoader(other);
            seeds.forEach(oneByOne::load);
            for (var table : List.of(REPORT, REPORT_EVIDENCE, REPORT_VALUE, REPORT_VALUE_PART, FINDING, AGENCY, INDICATOR_VALUES)) {
                assertThat(dsl.fetchCount(table)).as(table.getName()).isEqualTo(other.dsl().fetchCount(table)).isPositive();
            }
            assertThat(dsl.selectFrom(INDICATOR_VALUES).orderBy(INDICATOR_VALUES.SOURCE_FILE, INDICATOR_VALUES.INDICATOR).fetch())
                    .isEqualTo(other.dsl().selectFrom(INDICATOR_VALUES)
                            .orderBy(INDICATOR_VALUES.SOURCE_FILE, INDICATOR_VALUES.INDICATOR).fetch());
        }
        assertThat(batch).allSatisfy(a -> assertThat(a.result().status()).isEqualTo(LoadResult.Status.LOADED));
        assertThat(loader.batchesReplayed()).as("written as one batch").isZero();
        // Report ids follow file order.
        assertThat(batch).extracting(a -> a.result().reportId()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theSameContentTwiceInOneBatchIsLoadedOnce() throws Exception {
        ParsedReport r = seed("001_5861b1071b6d393a.txt");
        List<ReportLoader.Attempt> batch = loader.loadAll(List.of(r, seed("000_325df2895e38e3a8.txt"), r));

        assertThat(batch.get(0).result().status()).isEqualTo(LoadResult.Status.LOADED);
        assertThat(batch.get(2).result().status()).isEqualTo(LoadResult.Status.DUPLICATE);
        assertThat(batch.get(2).result().reportId()).isEqualTo(batch.get(0).result().reportId());
        assertThat(dsl.fetchCount(REPORT)).isEqualTo(2);
        // ...and against the warehouse in a later batch.
        assertThat(loader.loadAll(List.of(r)).getFirst().result().status()).isEqualTo(LoadResult.Status.DUPLICATE);
    }

    @Test
    void versionsOfOneAgencyAndPeriodInOneBatchSupersedeEachOtherInFileOrder() throws Exception {
        LoadResult v1 = loader.load(thanhHoaVersion("v1.txt", "3.698"));
        List<ReportLoader.Attempt> batch = loader.loadAll(List.of(thanhHoaVersion("v2.txt", "3.699"),
                seed("001_5861b1071b6d393a.txt"), thanhHoaVersion("v3.txt", "3.700")));
        LoadResult v2 = batch.get(0).result();
        LoadResult v3 = batch.get(2).result();

        assertThat(v2.superseded()).containsExactly(v1.reportId());
        assertThat(v3.superseded()).containsExactly(v2.reportId());
        assertThat(batch.get(1).result().superseded()).isEmpty();
        assertThat(supersededBy(v1.reportId())).isEqualTo(v2.reportId());
        assertThat(supersededBy(v2.reportId())).isEqualTo(v3.reportId());
        assertThat(supersededBy(v3.reportId())).isNull();
        assertThat(dsl.select(INDICATOR_VALUES.VALUE).from(INDICATOR_VALUES)
                .where(INDICATOR_VALUES.INDICATOR.eq("staff.civil.assigned"))
                .and(INDICATOR_VALUES.SOURCE_FILE.in("v1.txt", "v2.txt", "v3.txt")).fetch(INDICATOR_VALUES.VALUE))
                .containsExactly(3700.0);
        // A fourth version in a later batch supersedes the third only.
        LoadResult v4 = loader.loadAll(List.of(thanhHoaVersion("v4.txt", "3.701"))).getFirst().result();
        assertThat(v4.superseded()).containsExactly(v3.reportId());
    }

    @Test
    void aFailingReportLeavesItselfOutAndTheRestOfItsBatchIn() throws Exception {
        ParsedReport first = seed("000_325df2895e38e3a8.txt");
        ParsedReport newAgency = seed("003_6e93ae04989b8532.txt");
        ParsedReport last = seed("001_5861b1071b6d393a.txt");
        // The broken report's agency is new too: its rollback must not take the others' agencies along.
        List<ReportLoader.Attempt> batch = loader.loadAll(List.of(first, broken(seed("002_fff703ffbe76582a.txt")),
                newAgency, last));

        assertThat(batch).extracting(a -> a.error() == null).containsExactly(true, false, true, true);
        assertThat(loader.batchesReplayed()).isEqualTo(1);
        assertThat(batch.get(1).result()).isNull();
        // report_value leaves its references to the loader (sql/V9): the error names file, line and indicator.
        assertThat(batch.get(1).error()).hasMessageContaining("broken-002_fff703ffbe76582a.txt, line 1, value ")
                .hasMessageContaining("indicator 'no.such.indicator' is not in the warehouse's catalog");
        assertThat(dsl.select(REPORT.FILE_NAME).from(REPORT).orderBy(REPORT.ID).fetch(REPORT.FILE_NAME))
                .containsExactly(first.fileName(), newAgency.fileName(), last.fileName());
        assertThat(dsl.fetchCount(REPORT_VALUE)).isEqualTo(first.values().size() + newAgency.values().size()
                + last.values().size());
        assertThat(dsl.fetchCount(AGENCY)).isEqualTo(3);
        assertThat(dsl.fetchCount(REPORT_OVERVIEW, REPORT_OVERVIEW.AGENCY.isNull())).isZero();
        // The agency cache forgot the rolled-back agency: the repaired report loads with its agency.
        assertThat(loader.loadAll(List.of(seed("002_fff703ffbe76582a.txt"))).getFirst().error()).isNull();
        assertThat(dsl.fetchCount(AGENCY)).isEqualTo(4);
    }

    @Test
    void aRowTheAppenderRefusesFailsItsReportInsteadOfVanishing() throws Exception {
        ParsedReport good = seed("000_325df2895e38e3a8.txt");
        ParsedReport bad = repeatedPart(seed("001_5861b1071b6d393a.txt"));

        List<ReportLoader.Attempt> batch = loader.loadAll(List.of(good, bad));

        assertThat(batch).extracting(a -> a.error() == null).containsExactly(true, false);
        // The appender's own error, not a later statement's complaint about the aborted transaction.
        assertThat(batch.get(1).error()).rootCause().hasMessageContaining("duplicate key");
        assertThat(dsl.select(REPORT.FILE_NAME).from(REPORT).fetch(REPORT.FILE_NAME)).containsExactly(good.fileName());
        assertThat(dsl.fetchCount(REPORT_VALUE)).isEqualTo(good.values().size());
        assertThat(dsl.fetchCount(REPORT_VALUE_PART)).isEqualTo(good.values().stream().mapToInt(v -> v.value().parts().size()).sum());
    }

    @Test
    void theBatchLoaderCommitsSeveralReportsPerTransactionInFileOrder() throws Exception {
        Path folder = SeedReports.copyTo(tmp.resolve("seeds"));
        Files.writeString(folder.resolve("005_empty.txt"), "");
        List<FileOutcome> outcomes = new BatchLoader(parser, loader, 2, 3).load(BatchLoader.collect(List.of(folder)), o -> { });

        assertThat(outcomes).extracting(FileOutcome::kind).containsExactly(FileOutcome.Kind.LOADED, FileOutcome.Kind.LOADED,
                FileOutcome.Kind.LOADED, FileOutcome.Kind.LOADED, FileOutcome.Kind.LOADED, FileOutcome.Kind.FAILED);
        assertThat(dsl.select(REPORT.FILE_NAME).from(REPORT).orderBy(REPORT.ID).fetch(REPORT.FILE_NAME))
                .containsExactly(outcomes.stream().limit(5).map(FileOutcome::fileName).toArray(String[]::new));
        // What the load keeps of a written report: its count of values and findings, not the values (they are in the warehouse).
        assertThat(outcomes.stream().mapToLong(FileOutcome::valueCount).sum()).isEqualTo(dsl.fetchCount(REPORT_VALUE));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.report() == null || o.report().values().isEmpty()).isTrue());
        assertThat(outcomes.stream().mapToLong(o -> o.findings().size()).sum()).isEqualTo(dsl.fetchCount(FINDING));
    }

    /**
     * A whole generated year in one transaction, thousands of values: written as one batch, and
     * every value reads back as parsed, every column of it. DuckDB's appender checks report_value's
     * CHECK wrongly after its first 2,048 rows (such batches were once replayed report by report);
     * the values now go through a staging table, a report a row, their long texts through the
     * batch's dictionary.
     */
    @Test
    void aLargeBatchIsWrittenAsOneAndReadsBackAsWritten() {
        List<ParsedReport> reports = new HistoryGenerator(Catalog.bundled(), ReferenceData.bundled(),
                GeneratorSettings.of(3, 2021, 2021, 1)).generate().stream()
                .map(g -> {
                    try {
                        return parser.parse(g.fileName(), g.bytes());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        long values = reports.stream().mapToLong(r -> r.values().size()).sum();
        assertThat(values).isGreaterThan(10_000);

        List<ReportLoader.Attempt> batch = loader.loadAll(reports);

        assertThat(batch).allSatisfy(a -> assertThat(a.error()).isNull());
        assertThat(loader.batchesReplayed()).isZero();
        assertThat(dsl.fetchCount(REPORT_VALUE)).isEqualTo(values);
        assertThat(dsl.fetchCount(REPORT_VALUE, REPORT_VALUE.ORIGIN.in("row", "inline"))).isEqualTo(values);
        // Every column of every value, the long texts (labels, indicator ids) included: they travel
        // through the batch's dictionary.
        List<List<Object>> expected = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            long id = batch.get(i).result().reportId();
            for (ValueDraft v : reports.get(i).values()) {
                ParsedValue p = v.value();
                expected.add(Arrays.asList(id, v.ordinal(), v.indicatorId(), p.number(), p.raw() == null ? "" : p.raw(), p.text(), v.unitRaw(),
                        blankToNull(v.note()), p.numerator(), p.denominator(), p.qualifier(), v.origin().name().toLowerCase(Locale.ROOT),
                        blankToNull(v.itemCode()), v.labelRaw(), v.line()));
            }
        }
        assertThat(expected.getFirst()).hasSize(REPORT_VALUE.fields().length);
        assertThat(dsl.selectFrom(REPORT_VALUE).fetch(r -> Arrays.asList(r.intoArray())))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(dsl.fetchCount(REPORT_VALUE, REPORT_VALUE.LABEL_RAW.isNotNull())).isPositive();
        assertThat(dsl.fetchCount(REPORT_EVIDENCE)).isEqualTo(reports.stream()
                .mapToLong(r -> r.metadata().fields().values().stream().filter(d -> d != null).count() + 1
                        + (r.encoding() == null ? 0 : 1)).sum()); // + the template, + a text file's encoding
    }

    /**
     * More reports in one batch than an appender holds before it flushes (2,048 rows), more distinct
     * labels than that too, and reports without a single value among them: every value arrives, the
     * empty reports are stored with none.
     */
    @Test
    void aBatchLongerThanAnAppenderChunkKeepsEveryValueAndEveryEmptyReport() throws Exception {
        ParsedReport seed = seed("001_5861b1071b6d393a.txt");
        List<ParsedReport> reports = new ArrayList<>();
        for (int i = 0; i < 2_100; i++) {
            List<ValueDraft> values = new ArrayList<>();
            if (i % 100 != 7) {
                for (ValueDraft v : seed.values()) {
                    // One label of each report its own: the dictionary outgrows a chunk as well.
                    String label = v.ordinal() == 0 ? "nhãn riêng của báo cáo " + i : v.labelRaw();
                    values.add(new ValueDraft(v.ordinal(), v.indicatorId(), v.value(), v.unitRaw(), v.note(), v.origin(),
                            v.itemCode(), label, v.line()));
                }
            }
            reports.add(new ParsedReport("copy-" + i + ".txt", "copy-" + i + "-" + seed.sha256(), seed.byteSize(), seed.shape(),
                    seed.template(), seed.metadata(), values, List.of()));
        }
        long withValues = reports.stream().filter(r -> !r.values().isEmpty()).count();
        assertThat(withValues).isLessThan(reports.size());

        List<ReportLoader.Attempt> batch = loader.loadAll(reports);

        assertThat(batch).allSatisfy(a -> assertThat(a.error()).isNull());
        assertThat(loader.batchesReplayed()).isZero();
        assertThat(dsl.fetchCount(REPORT)).isEqualTo(reports.size());
        assertThat(dsl.fetchCount(REPORT_VALUE)).isEqualTo(withValues * seed.values().size());
        assertThat(dsl.fetchCount(dsl.selectDistinct(REPORT_VALUE.LABEL_RAW).from(REPORT_VALUE))).isGreaterThan(2_048);
        long lastId = batch.getLast().result().reportId();
        assertThat(dsl.select(REPORT_VALUE.LABEL_RAW).from(REPORT_VALUE)
                .where(REPORT_VALUE.REPORT_ID.eq(lastId), REPORT_VALUE.ORDINAL.eq(0)).fetchOne(REPORT_VALUE.LABEL_RAW))
                .isEqualTo("nhãn riêng của báo cáo 2099");
        long emptyId = batch.get(2_007).result().reportId();
        assertThat(dsl.fetchCount(REPORT_VALUE, REPORT_VALUE.REPORT_ID.eq(emptyId))).isZero();
        assertThat(dsl.fetchCount(REPORT_VALUE, REPORT_VALUE.LABEL_RAW.isNull()))
                .isEqualTo(withValues * seed.values().stream().filter(v -> v.labelRaw() == null && v.ordinal() != 0).count());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private Long supersededBy(long reportId) {
        return dsl.select(REPORT_OVERVIEW.SUPERSEDED_BY).from(REPORT_OVERVIEW).where(REPORT_OVERVIEW.REPORT_ID.eq(reportId))
                .fetchOne(REPORT_OVERVIEW.SUPERSEDED_BY);
    }
}
