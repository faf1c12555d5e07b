package vn.cchc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.ANALYTICS_REPORT;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT_OVERVIEW;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.analytics.AccessScope;
import vn.cchc.security.Actor;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditFilter;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.FileOutcome;

/** A retracted report leaves the current data and the dashboard's tables; what it superseded comes back. */
class RetractionIT {

    @TempDir
    Path tmp;
    IntakeFixture f;
    final Loader importer = new Loader(new Actor("importer1", "test"), AccessScope.country());

    @BeforeEach
    void open() {
        f = new IntakeFixture(tmp);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private long load(BatchLoader.Text text) {
        List<FileOutcome> o = f.intake.loadTexts(List.of(text).iterator(), BatchLoader.Gate.OPEN, x -> { });
        assertThat(o.getFirst().kind()).isEqualTo(FileOutcome.Kind.LOADED);
        return o.getFirst().result().reportId();
    }

    private List<Double> assigned() {
        return f.dsl.select(INDICATOR_VALUES.VALUE).from(INDICATOR_VALUES)
                .where(INDICATOR_VALUES.INDICATOR.eq("staff.civil.assigned")).fetch(INDICATOR_VALUES.VALUE);
    }

    private List<Long> dashboardReports() {
        return f.dsl.select(ANALYTICS_REPORT.REPORT_ID).from(ANALYTICS_REPORT).orderBy(ANALYTICS_REPORT.REPORT_ID)
                .fetch(ANALYTICS_REPORT.REPORT_ID);
    }

    @Test
    void retractingTheCurrentVersionBringsBackTheOneItSuperseded() {
        long v1 = load(IntakeFixture.thanhHoaVersion("v1.txt", "3.698"));
        long v2 = load(IntakeFixture.thanhHoaVersion("v2.txt", "3.699"));
        assertThat(assigned()).containsExactly(3699.0);
        assertThat(dashboardReports()).containsExactly(v2);

        Retracted r = f.service.retract(importer, v2, "wrong file");

        assertThat(r.status()).isEqualTo(Retracted.Status.RETRACTED);
        assertThat(r.restored()).containsExactly(v1);
        assertThat(assigned()).containsExactly(3698.0);
        assertThat(dashboardReports()).as("the derived tables were rebuilt after the retraction").containsExactly(v1);
        var history = f.dsl.selectFrom(REPORT_OVERVIEW).where(REPORT_OVERVIEW.REPORT_ID.eq(v2)).fetchSingle();
        assertThat(history.getRetractedBy()).isEqualTo("importer1");
        assertThat(history.getRetractedAt()).isNotNull();
        assertThat(history.getSupersededBy()).as("retracted, not superseded by itself").isNull();
        assertThat(f.dsl.selectFrom(REPORT_OVERVIEW).where(REPORT_OVERVIEW.REPORT_ID.eq(v1)).fetchSingle().getSupersededBy())
                .isNull();
        assertThat(f.audit.search(new AuditFilter(null, null, null, AuditAction.RETRACT), 10))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("current again: [" + v1 + "]", "wrong file"));
    }

    @Test
    void aLaterVersionSupersedesTheRestoredReportNotTheRetractedOne() {
        long v1 = load(IntakeFixture.thanhHoaVersion("v1.txt", "3.698"));
        long v2 = load(IntakeFixture.thanhHoaVersion("v2.txt", "3.699"));
        f.service.retract(importer, v2, null);

        List<FileOutcome> v3 = f.intake.loadTexts(List.of(IntakeFixture.thanhHoaVersion("v3.txt", "3.700")).iterator(),
                BatchLoader.Gate.OPEN, x -> { });

        assertThat(v3.getFirst().result().superseded()).containsExactly(v1);
        assertThat(assigned()).containsExactly(3700.0);
        assertThat(f.service.retract(importer, v2, null).status()).isEqualTo(Retracted.Status.ALREADY_RETRACTED);
    }

    @Test
    void retractingASupersededVersionRestoresNothing() {
        long v1 = load(IntakeFixture.thanhHoaVersion("v1.txt", "3.698"));
        long v2 = load(IntakeFixture.thanhHoaVersion("v2.txt", "3.699"));

        Retracted r = f.service.retract(importer, v1, null);

        assertThat(r.restored()).isEmpty();
        assertThat(assigned()).containsExactly(3699.0);
        assertThat(dashboardReports()).containsExactly(v2);
    }

    @Test
    void aScopedImporterCannotRetractAnotherProvincesReportAndUnknownIdsLookTheSame() {
        long v1 = load(IntakeFixture.thanhHoaVersion("v1.txt", "3.698"));
        Loader haNoi = new Loader(new Actor("hanoi", "test"), AccessScope.provinces(java.util.Set.of("ha-noi-2025")));

        assertThat(f.service.retract(haNoi, v1, null).status()).isEqualTo(Retracted.Status.REFUSED);
        assertThat(f.service.retract(haNoi, 987_654, null).status()).isEqualTo(Retracted.Status.REFUSED);
        assertThat(f.service.retract(importer, 987_654, null).status()).isEqualTo(Retracted.Status.UNKNOWN);
        assertThat(assigned()).containsExactly(3698.0);
    }

    @Test
    void theSameFileAgainIsADuplicateOfTheRetractedReportNotANewLoad() {
        long v1 = load(IntakeFixture.thanhHoaVersion("v1.txt", "3.698"));
        f.service.retract(importer, v1, null);
        Iterator<BatchLoader.Text> again = List.of(IntakeFixture.thanhHoaVersion("again.txt", "3.698")).iterator();

        FileOutcome o = f.intake.loadTexts(again, BatchLoader.Gate.OPEN, x -> { }).getFirst();

        assertThat(o.kind()).isEqualTo(FileOutcome.Kind.DUPLICATE);
        assertThat(o.result().reportId()).isEqualTo(v1);
        assertThat(assigned()).isEmpty();
    }
}
