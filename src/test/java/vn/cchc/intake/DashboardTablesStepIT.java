package vn.cchc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_REPORT;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_REPORT_SOURCE;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_VALUE;
import static vn.cchc.warehouse.jooq.Tables.REPORT_VALUE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.analytics.AnalyticsTables;
import vn.cchc.analytics.AnalyticsTables.Refresh;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.sample.FileFormat;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;

/**
 * The dashboard's derived tables after a small load, a supersession and a retraction are brought up
 * to date by a step (only the reports that came or went), and hold exactly what a rebuild from the
 * warehouse's current reports holds.
 */
class DashboardTablesStepIT {

    @TempDir
    Path tmp;
    IntakeFixture f;
    AnalyticsTables tables;
    /** Loads without bringing the tables up to date: the test does, and sees how. */
    ReportIntake intake;

    @BeforeEach
    void open() {
        f = new IntakeFixture(tmp);
        tables = new AnalyticsTables(f.dsl);
        intake = ReportIntake.of(f.warehouse, null, vn.cchc.ingest.InputLimits.DEFAULTS, 1, () -> { });
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aFewReportsComingAndGoingAreAStepEqualToARebuild() {
        List<BatchLoader.Text> history = new HistoryGenerator(Catalog.bundled(), ReferenceData.bundled(),
                GeneratorSettings.of(5, 2024, 2024, 1).withFormats(java.util.Set.of(FileFormat.TXT))).generate().stream()
                .map(r -> new BatchLoader.Text(r.fileName(), r.text().getBytes(StandardCharsets.UTF_8))).toList();
        assertThat(history).hasSizeGreaterThan(40);
        List<BatchLoader.Text> first = history.subList(0, history.size() - 3);
        load(first);
        assertThat(tables.ensureFresh()).isEqualTo(Refresh.REBUILD);
        assertThat(tables.ensureFresh()).isEqualTo(Refresh.NONE);
        assertEqualToARebuild();

        load(history.subList(history.size() - 3, history.size()));
        assertThat(tables.ensureFresh()).as("three more reports of groups already there").isEqualTo(Refresh.STEP);
        assertEqualToARebuild();
        long v1 = load(List.of(IntakeFixture.thanhHoaVersion("v1.txt", "3.698"))).getFirst();
        assertThat(tables.ensureFresh()).isEqualTo(Refresh.STEP);
        long v2 = load(List.of(IntakeFixture.thanhHoaVersion("v2.txt", "3.699"))).getFirst();
        assertThat(tables.ensureFresh()).as("a report superseding another").isEqualTo(Refresh.STEP);
        assertEqualToARebuild();
        assertThat(currentReports()).contains(v2).doesNotContain(v1);

        intake.retract(v2, "importer1", "wrong file");
        assertThat(tables.ensureFresh()).as("a retraction bringing one report back").isEqualTo(Refresh.STEP);
        assertEqualToARebuild();
        assertThat(currentReports()).contains(v1).doesNotContain(v2);
    }

    @Test
    void manyReportsAtOnceRebuildEverything() {
        load(List.of(IntakeFixture.seed(IntakeFixture.THANH_HOA)));
        assertThat(tables.ensureFresh()).as("the first build").isEqualTo(Refresh.REBUILD);
        f.dsl.deleteFrom(ANALYTICS_VALUE).execute(); // as if the tables were stale and far behind
        f.dsl.deleteFrom(vn.cchc.warehouse.jooq.Tables.ANALYTICS_STAMP).execute();
        assertThat(tables.ensureFresh()).isEqualTo(Refresh.REBUILD);
        assertEqualToARebuild();
    }

    private List<Long> load(List<BatchLoader.Text> texts) {
        List<FileOutcome> outcomes = intake.loadTexts(texts.iterator(), BatchLoader.Gate.OPEN, o -> { });
        assertThat(outcomes).allSatisfy(o -> assertThat(o.kind()).isEqualTo(FileOutcome.Kind.LOADED));
        return outcomes.stream().map(o -> o.result().reportId()).toList();
    }

    private List<Long> currentReports() {
        return f.dsl.select(ANALYTICS_REPORT.REPORT_ID).from(ANALYTICS_REPORT).fetch(ANALYTICS_REPORT.REPORT_ID);
    }

    /** The stored tables against the warehouse's current reports, read afresh. */
    private void assertEqualToARebuild() {
        var stored = f.dsl.selectFrom(ANALYTICS_REPORT).orderBy(ANALYTICS_REPORT.REPORT_ID).fetch()
                .map(r -> r.intoList());
        var fresh = f.dsl.selectFrom(ANALYTICS_REPORT_SOURCE).orderBy(ANALYTICS_REPORT_SOURCE.REPORT_ID).fetch()
                .map(r -> r.intoList());
        assertThat(stored).isNotEmpty().isEqualTo(fresh);
        var storedValues = f.dsl.select(ANALYTICS_VALUE.REPORT_ID, ANALYTICS_VALUE.INDICATOR_ID, ANALYTICS_VALUE.NUMBER)
                .from(ANALYTICS_VALUE).orderBy(ANALYTICS_VALUE.REPORT_ID, ANALYTICS_VALUE.INDICATOR_ID).fetch().map(r -> r.intoList());
        var freshValues = f.dsl.select(REPORT_VALUE.REPORT_ID, REPORT_VALUE.INDICATOR_ID, REPORT_VALUE.NUMBER)
                .from(REPORT_VALUE).join(ANALYTICS_REPORT_SOURCE).on(ANALYTICS_REPORT_SOURCE.REPORT_ID.eq(REPORT_VALUE.REPORT_ID))
                .where(REPORT_VALUE.NUMBER.isNotNull()).and(REPORT_VALUE.INDICATOR_ID.isNotNull())
                .orderBy(REPORT_VALUE.REPORT_ID, REPORT_VALUE.INDICATOR_ID).fetch().map(r -> r.intoList());
        assertThat(storedValues).isNotEmpty().isEqualTo(freshValues);
    }
}
