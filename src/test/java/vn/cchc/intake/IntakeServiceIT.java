package vn.cchc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_EVIDENCE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.analytics.AccessScope;
import vn.cchc.security.Actor;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditFilter;
import vn.cchc.warehouse.SeedReports;

/** Reading with a preview, correcting, confirming, cancelling, and the importer's provinces — on a real warehouse. */
class IntakeServiceIT {

    @TempDir
    Path tmp;
    IntakeFixture f;
    final Loader country = new Loader(new Actor("importer1", "test"), AccessScope.country());
    /** Thanh Hóa merged into Thanh Hóa (2025); Hà Nội is another province. */
    final Loader thanhHoa = new Loader(new Actor("thanhhoa", "test"), AccessScope.provinces(Set.of("thanh-hoa-2025")));
    final Loader haNoi = new Loader(new Actor("hanoi", "test"), AccessScope.provinces(Set.of("ha-noi-2025")));

    @BeforeEach
    void open() {
        f = new IntakeFixture(tmp.resolve("db"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Staged staged(String seed) throws Exception {
        Path p = Files.createTempFile(tmp, "upload-", ".tmp");
        Files.write(p, SeedReports.bytes(seed));
        return new Staged(seed, p, true);
    }

    @Test
    void aPreviewWritesNothingAndDeletesTheTemporaryFiles() throws Exception {
        Staged s = staged(IntakeFixture.THANH_HOA);

        UploadBatch batch = f.service.read(country, List.of(s), o -> { });

        assertThat(Files.exists(s.bytes())).isFalse();
        assertThat(f.dsl.fetchCount(REPORT)).isZero();
        FilePreview p = f.service.previews(batch).getFirst();
        assertThat(p.loadable()).isTrue();
        assertThat(p.summary().name()).isEqualTo(IntakeFixture.THANH_HOA);
        assertThat(p.summary().province()).isEqualTo("Thanh Hóa");
        assertThat(p.fields()).extracting(FilePreview.Field::field)
                .contains("province", "agency", "agency_kind", "period", "doc_number", "template");
        assertThat(p.fields()).filteredOn(x -> x.field().equals("province")).singleElement()
                .satisfies(x -> assertThat(x.evidence()).isNotBlank());
        var alone = SeedReports.parser().parse(IntakeFixture.THANH_HOA, SeedReports.bytes(IntakeFixture.THANH_HOA));
        assertThat(p.values()).hasSize(alone.values().size());
        assertThat(p.values()).extracting(FilePreview.Value::raw)
                .containsExactlyElementsOf(alone.values().stream().map(v -> v.value().raw()).toList());

        f.service.cancel(batch);
        assertThat(batch.closed()).isTrue();
        assertThat(f.dsl.fetchCount(REPORT)).isZero();
        try (var left = Files.list(tmp)) {
            assertThat(left.filter(x -> x.getFileName().toString().startsWith("upload-"))).isEmpty();
        }
    }

    @Test
    void aCorrectedPeriodIsStoredWithWhoSetItAndAudited() throws Exception {
        UploadBatch batch = f.service.read(country, List.of(staged(IntakeFixture.THANH_HOA)), o -> { });
        String read = f.service.previews(batch).getFirst().summary().period();
        String other = read.equals("2023-Q2") ? "2023-Q3" : "2023-Q2";

        FilePreview corrected = f.service.correct(batch, 0, new Correction(null, null, null, null, other));
        List<IntakeOutcome> done = f.service.confirm(batch, List.of(0));

        assertThat(corrected.summary().period()).isEqualTo(other);
        assertThat(done).singleElement().satisfies(o -> assertThat(o.outcome()).isEqualTo(IntakeOutcome.Outcome.LOADED));
        long id = done.getFirst().reportId();
        assertThat(f.dsl.select(REPORT.PERIOD_CODE).from(REPORT).where(REPORT.ID.eq(id)).fetchSingle().value1()).isEqualTo(other);
        assertThat(f.dsl.select(REPORT_EVIDENCE.EVIDENCE).from(REPORT_EVIDENCE).where(REPORT_EVIDENCE.REPORT_ID.eq(id))
                .and(REPORT_EVIDENCE.FIELD.eq("period")).fetchSingle().value1()).startsWith("set by importer1 at ");
        assertThat(f.dsl.select(REPORT.FILE_NAME).from(REPORT).where(REPORT.ID.eq(id)).fetchSingle().value1())
                .as("the file's own name, never the temporary one").isEqualTo(IntakeFixture.THANH_HOA);
        assertThat(f.audit.search(new AuditFilter(null, null, null, AuditAction.CORRECTION), 10)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("period=" + other));
        assertThat(f.audit.search(new AuditFilter(null, null, null, AuditAction.LOAD), 10)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(IntakeFixture.THANH_HOA + "=loaded#" + id));
    }

    @Test
    void aScopedImporterLoadsTheirProvinceAndIsRefusedAnother() throws Exception {
        List<IntakeOutcome> refused = f.service.load(haNoi, "api", List.of(staged(IntakeFixture.THANH_HOA)), o -> { });
        assertThat(refused).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(IntakeOutcome.Outcome.REFUSED);
            assertThat(o.error()).contains("Thanh Hóa", "Hà Nội", "nothing was loaded");
        });
        assertThat(f.dsl.fetchCount(REPORT)).isZero();

        List<IntakeOutcome> loaded = f.service.load(thanhHoa, "api", List.of(staged(IntakeFixture.THANH_HOA)), o -> { });
        assertThat(loaded).singleElement().satisfies(o -> assertThat(o.outcome()).isEqualTo(IntakeOutcome.Outcome.LOADED));
    }

    @Test
    void correctingTheProvinceIntoTheImportersScopeLetsTheReportIn() throws Exception {
        UploadBatch batch = f.service.read(haNoi, List.of(staged(IntakeFixture.THANH_HOA)), o -> { });
        assertThat(f.service.previews(batch).getFirst().summary().outcome()).isEqualTo(IntakeOutcome.Outcome.REFUSED);

        FilePreview p = f.service.correct(batch, 0, new Correction("ha-noi", null, null, null, null));

        assertThat(p.summary().outcome()).isEqualTo(IntakeOutcome.Outcome.READ);
        assertThat(f.service.confirm(batch, List.of(0)).getFirst().outcome()).isEqualTo(IntakeOutcome.Outcome.LOADED);
        assertThat(f.dsl.select(REPORT.PROVINCE_SLUG).from(REPORT).fetchSingle().value1()).isEqualTo("ha-noi");
    }

    @Test
    void onlyTheChosenFilesAreLoaded() throws Exception {
        UploadBatch batch = f.service.read(country, List.of(staged(SeedReports.FILES.get(0)), staged(SeedReports.FILES.get(1))),
                o -> { });

        List<IntakeOutcome> done = f.service.confirm(batch, List.of(1));

        assertThat(done).extracting(IntakeOutcome::name).containsExactly(SeedReports.FILES.get(1));
        assertThat(f.dsl.select(REPORT.FILE_NAME).from(REPORT).fetch(REPORT.FILE_NAME)).containsExactly(SeedReports.FILES.get(1));
    }
}
