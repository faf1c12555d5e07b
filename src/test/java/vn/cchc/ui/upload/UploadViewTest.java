package vn.cchc.ui.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.REPORT;
import static vn.cchc.warehouse.jooq.Tables.REPORT_EVIDENCE;
import static vn.cchc.warehouse.jooq.Tables.REPORT_LOADED_BY;
import static vn.cchc.warehouse.jooq.Tables.REPORT_OVERVIEW;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.intake.FilePreview;
import vn.cchc.intake.IntakeOutcome;
import vn.cchc.security.AccountStore;
import vn.cchc.security.Actor;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.NewAccount;
import vn.cchc.security.Role;
import vn.cchc.ui.SignedInViewTest;
import vn.cchc.ui.TestAccounts;
import vn.cchc.ui.drill.DrillDownView;
import vn.cchc.ui.retract.RetractButton;
import vn.cchc.warehouse.SeedReports;

/**
 * The upload page driven as an importer drives it, on the whole app over a warehouse of its own
 * (empty at first) and a temporary folder of its own: the file limit is 1 MB here, so that an
 * oversized file and a zip bomb are cheap to make.
 */
@SpringBootTest
class UploadViewTest extends SignedInViewTest {

    static Path uploads;

    @DynamicPropertySource
    static void ownWarehouse(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("cchc-upload-test");
        uploads = Files.createDirectories(dir.resolve("uploads"));
        registry.add("cchc.warehouse.path", () -> dir.resolve("upload.duckdb").toString());
        registry.add("cchc.sample.on-first-start", () -> "false");
        registry.add("cchc.upload.tmp-dir", () -> uploads.toString());
        registry.add("cchc.upload.max-file-mb", () -> "1");
        registry.add("cchc.inbox", () -> "");
        TestAccounts.register(registry);
    }

    @Autowired
    DSLContext dsl;
    @Autowired
    AccountStore accounts;
    @Autowired
    CurrentUser currentUser;

    @AfterEach
    void nothingWaitsInTheUploadFolder() throws IOException {
        UploadView view = getCurrentView() instanceof UploadView v ? v : null;
        if (view != null) {
            view.reading().join();
        }
        assertThat(leftInUploadFolder()).as("temporary files after the test").isEmpty();
    }

    @Test
    void previewCorrectAPeriodAndConfirm() {
        UploadView view = navigate(UploadView.class);
        String first = SeedReports.FILES.get(0);
        String second = SeedReports.FILES.get(1);
        send(first, SeedReports.bytes(first));
        send(second, SeedReports.bytes(second));
        assertThat(leftInUploadFolder()).as("waiting to be read").hasSize(2);
        read(view);
        assertThat(leftInUploadFolder()).as("deleted once read").isEmpty();
        assertThat(count(first)).as("a preview writes nothing").isZero();

        assertThat(view.cards()).hasSize(2);
        FilePreviewCard card = card(view, first);
        FilePreview p = card.preview();
        assertThat(p.loadable()).isTrue();
        assertThat(p.fields()).extracting(FilePreview.Field::field)
                .contains("province", "agency", "agency_kind", "period", "doc_number", "template");
        assertThat(p.fields()).filteredOn(f -> f.field().equals("province")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).isNotBlank());
        Grid<?> fields = $(Grid.class, card).withClassName("cchc-preview-fields").single();
        assertThat(test(fields).size()).isEqualTo(p.fields().size());
        Grid<?> values = $(Grid.class, card).withClassName("cchc-preview-values").single();
        assertThat(test(values).size()).isEqualTo(p.values().size()).isGreaterThan(10);
        assertThat(test(values).getCellText(0, 1)).isEqualTo(p.values().getFirst().raw());
        assertThat(test(values).getCellText(0, 5)).isEqualTo(String.valueOf(p.values().getFirst().line()));
        Grid<?> findings = $(Grid.class, card).withClassName("cchc-preview-findings").single();
        assertThat(test(findings).size()).isEqualTo(p.summary().findings().size());

        String read = p.summary().period();
        String corrected = read.equals("2021-Q2") ? "2021-Q3" : "2021-Q2";
        card.correctionForm().period.setValue("2021 Q2 wrong");
        test(card.correctionForm().apply).click();
        assertThat(card.correctionForm().period.isInvalid()).as("not a period code").isTrue();
        card.correctionForm().period.setValue(corrected);
        test(card.correctionForm().apply).click();
        assertThat(card.preview().summary().period()).isEqualTo(corrected);
        assertThat(card.preview().fields()).filteredOn(f -> f.field().equals("period")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).startsWith("set by admin at "));

        click("cchc-upload-confirm");

        assertThat(view.summary().isVisible()).isTrue();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("cchc-upload-counts").single().getText())
                .isEqualTo("Đã nạp 2 · trùng 0 · thay thế bản cũ 0 · lỗi 0");
        assertThat(dsl.select(REPORT.PERIOD_CODE).from(REPORT).where(REPORT.FILE_NAME.eq(first)).fetchSingle().value1())
                .isEqualTo(corrected);
        long id = dsl.select(REPORT.ID).from(REPORT).where(REPORT.FILE_NAME.eq(first)).fetchSingle().value1();
        assertThat(dsl.select(REPORT_EVIDENCE.EVIDENCE).from(REPORT_EVIDENCE).where(REPORT_EVIDENCE.REPORT_ID.eq(id))
                .and(REPORT_EVIDENCE.FIELD.eq("period")).fetchSingle().value1()).startsWith("set by admin at ");
        assertThat(count(second)).isOne();
        assertThat(view.history().grid().getGenericDataView().getItems().map(r -> r.sourceFile()).toList())
                .contains(first, second);
        assertThat(view.cards()).as("the preview is closed").isEmpty();

        // Who loaded each report is recorded with it and shown; "only mine" keeps the signed-in account's own.
        String me = currentUser.name().orElseThrow();
        assertThat(view.history().grid().getGenericDataView().getItems().filter(r -> r.sourceFile().equals(first))
                .map(r -> r.loadedBy())).containsExactly(me);
        long secondId = dsl.select(REPORT.ID).from(REPORT).where(REPORT.FILE_NAME.eq(second)).fetchSingle().value1();
        dsl.update(REPORT_LOADED_BY).set(REPORT_LOADED_BY.ACCOUNT, "another.importer").where(REPORT_LOADED_BY.REPORT_ID.eq(secondId))
                .execute(); // as if a colleague had loaded it
        view.history().mine().setValue(true);
        assertThat(view.history().grid().getGenericDataView().getItems().map(r -> r.sourceFile()).toList())
                .contains(first).doesNotContain(second);
        view.history().mine().setValue(false);
        assertThat(view.history().grid().getGenericDataView().getItems().filter(r -> r.sourceFile().equals(second))
                .map(r -> r.loadedBy())).containsExactly("another.importer");
    }

    @Test
    void cancellingLeavesNothingBehind() {
        UploadView view = navigate(UploadView.class);
        String file = SeedReports.FILES.get(2);
        long before = dsl.fetchCount(REPORT);
        send(file, SeedReports.bytes(file));
        send("not-read-yet.txt", "waiting".getBytes(StandardCharsets.UTF_8));
        assertThat(leftInUploadFolder()).hasSize(2);

        click("cchc-upload-cancel");
        assertThat(leftInUploadFolder()).as("files not read yet are deleted on cancel").isEmpty();

        send(file, SeedReports.bytes(file));
        read(view);
        assertThat(view.cards()).singleElement().satisfies(c -> assertThat(c.preview().loadable()).isTrue());
        click("cchc-upload-cancel");

        assertThat(view.cards()).isEmpty();
        assertThat(dsl.fetchCount(REPORT)).isEqualTo(before);
        assertThat(count(file)).isZero();
    }

    @Test
    void aZipOfReportsInFoldersIsOpened() throws IOException {
        UploadView view = navigate(UploadView.class);
        String file = SeedReports.FILES.get(3);
        byte[] zip = zip(List.of("quy-1/so-ban-nganh/" + file, "quy-1/ghi-chu.txt"),
                List.of(SeedReports.bytes(file), "Không phải báo cáo.".getBytes(StandardCharsets.UTF_8)));
        send("bao-cao.zip", zip);
        read(view);

        assertThat(view.cards()).extracting(c -> c.preview().summary().name())
                .containsExactlyInAnyOrder("bao-cao.zip/quy-1/so-ban-nganh/" + file, "bao-cao.zip/quy-1/ghi-chu.txt");
        FilePreviewCard report = view.cards().stream().filter(c -> c.preview().summary().name().endsWith(file)).findFirst()
                .orElseThrow();
        assertThat(report.isChosen()).isTrue();
        click("cchc-upload-confirm");

        assertThat(count(file)).as("stored under its own name, never the archive's path").isOne();
        assertThat(view.summary().isVisible()).isTrue();
    }

    @Test
    void aHostileZipIsRefusedFileByFile() throws IOException {
        UploadView view = navigate(UploadView.class);
        byte[] bomb = new byte[3 * 1024 * 1024]; // zeros: a few kB zipped, three times the limit unpacked
        byte[] zip = zip(List.of("../../etc/cron.d/evil.txt", "bomb.txt"), List.of("x".getBytes(StandardCharsets.UTF_8), bomb));
        assertThat(zip.length).isLessThan(1024 * 1024);
        long before = dsl.fetchCount(REPORT);
        send("hostile.zip", zip);
        read(view);

        assertThat(view.cards()).hasSize(2).allSatisfy(c -> assertThat(c.preview().loadable()).isFalse());
        assertThat(view.cards()).extracting(c -> c.preview().summary().error())
                .anySatisfy(e -> assertThat(e).contains("outside"))
                .anySatisfy(e -> assertThat(e).contains("unpacks to more than 1 MB"));
        click("cchc-upload-confirm");
        assertThat(dsl.fetchCount(REPORT)).isEqualTo(before);
        click("cchc-upload-cancel");
    }

    @Test
    void anOversizedFileIsRefusedOnTheServer() {
        UploadView view = navigate(UploadView.class);
        long before = dsl.fetchCount(REPORT);
        send("huge.txt", new byte[1024 * 1024 + 1]);

        assertThat(leftInUploadFolder()).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("cchc-upload-file-state").single().getText())
                .startsWith("Bị từ chối").contains("1 MB");
        assertThat($(Button.class).withClassName("cchc-upload-read").single().isEnabled()).isFalse();
        assertThat(view.cards()).isEmpty();
        assertThat(dsl.fetchCount(REPORT)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "hn.importer", roles = {"VIEWER", "ANALYST", "IMPORTER"})
    void aScopedImporterCannotLoadAnotherProvincesReport() {
        if (accounts.find("hn.importer").isEmpty()) {
            accounts.add(new NewAccount("hn.importer", null, Role.IMPORTER, false, Set.of("ha-noi-2025")),
                    "ha-noi-importer-2026".toCharArray(), false, new Actor("test", "local"));
        }
        currentUser.forget();
        UploadView view = navigate(UploadView.class);
        String thanhHoa = "004_197f7b6bb391846f.txt";
        send(thanhHoa, SeedReports.bytes(thanhHoa));
        read(view);

        FilePreviewCard card = view.cards().getFirst();
        assertThat(card.preview().summary().outcome()).isEqualTo(IntakeOutcome.Outcome.REFUSED);
        assertThat(card.preview().summary().error()).contains("Thanh Hóa", "Hà Nội");
        assertThat(card.isChosen()).isFalse();
        assertThat(card.correctionForm().province.getListDataView().getItems().map(c -> c.slug()).toList())
                .as("only the importer's provinces are offered").containsExactlyInAnyOrder("ha-noi", "ha-noi-2025")
                .doesNotContain("thanh-hoa");
        click("cchc-upload-confirm");
        assertThat(count(thanhHoa)).isZero();
        click("cchc-upload-cancel");
    }

    @Test
    void retractingFromTheDrillDownAndTheHistoryBringsBackWhatWasSuperseded() {
        long v1 = loadThroughTheView("thanh-hoa-v1.txt", "3.601");
        long v2 = loadThroughTheView("thanh-hoa-v2.txt", "3.602");
        long v3 = loadThroughTheView("thanh-hoa-v3.txt", "3.603");
        assertThat(status(v1)).isEqualTo("superseded");
        assertThat(status(v3)).isEqualTo("current");

        // From the report's detail in the drill-down.
        UI().navigate(DrillDownView.class, QueryParameters.fromString("report=" + v3));
        RetractButton button = $(RetractButton.class).single();
        assertThat(button.isVisible()).isTrue();
        test(button).click();
        confirmRetraction("sai kỳ báo cáo");
        assertThat(status(v3)).isEqualTo("retracted");
        assertThat(status(v2)).isEqualTo("current");
        Grid<?> reports = $(Grid.class).withClassName("cchc-drill-reports").single();
        assertThat(test(reports).size()).isOne();
        assertThat(test(reports).getCellText(0, 1)).isEqualTo("thanh-hoa-v2.txt");

        // From the upload page's history.
        UploadView view = navigate(UploadView.class);
        Grid<vn.cchc.analytics.LoadedReport> history = view.history().grid();
        var row = history.getGenericDataView().getItems().filter(r -> r.id() == v2).findFirst().orElseThrow();
        history.select(row);
        test(view.history().retractButton()).click();
        confirmRetraction("nạp nhầm");
        assertThat(status(v2)).isEqualTo("retracted");
        assertThat(status(v1)).isEqualTo("current");
        assertThat(history.getGenericDataView().getItems().filter(r -> r.id() == v1).findFirst().orElseThrow().status())
                .isEqualTo(vn.cchc.analytics.LoadedReport.Status.CURRENT);
    }

    private long loadThroughTheView(String name, String assigned) {
        UploadView view = navigate(UploadView.class);
        String text = new String(SeedReports.bytes("004_197f7b6bb391846f.txt"), StandardCharsets.UTF_8)
                .replace("\t3.698\t", "\t" + assigned + "\t");
        send(name, text.getBytes(StandardCharsets.UTF_8));
        read(view);
        click("cchc-upload-confirm");
        return dsl.select(REPORT.ID).from(REPORT).where(REPORT.FILE_NAME.eq(name)).fetchSingle().value1();
    }

    private void confirmRetraction(String reason) {
        TextArea field = $(TextArea.class).withClassName("cchc-retract-reason").single();
        test($(Button.class).withClassName("cchc-retract-confirm").single()).click();
        assertThat(field.isInvalid()).as("a reason is required").isTrue();
        field.setValue(reason);
        test($(Button.class).withClassName("cchc-retract-confirm").single()).click();
    }

    private String status(long id) {
        var r = dsl.selectFrom(REPORT_OVERVIEW).where(REPORT_OVERVIEW.REPORT_ID.eq(id)).fetchSingle();
        return r.getRetractedAt() != null ? "retracted" : r.getSupersededBy() != null ? "superseded" : "current";
    }

    private static com.vaadin.flow.component.UI UI() {
        return com.vaadin.flow.component.UI.getCurrent();
    }

    private void send(String name, byte[] bytes) {
        test($(Upload.class).single()).upload(name, "application/octet-stream", bytes);
        roundTrip();
    }

    private void read(UploadView view) {
        click("cchc-upload-read");
        view.reading().join();
        // The reading thread hands its results to the page through UI.access: queued while this
        // thread holds the session, run here as the next request (or push) would run them.
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.lock();
        try {
            session.getService().runPendingAccessTasks(session);
        } finally {
            session.unlock();
        }
        roundTrip();
    }

    private void click(String className) {
        test($(Button.class).withClassName(className).single()).click();
    }

    private static FilePreviewCard card(UploadView view, String name) {
        return view.cards().stream().filter(c -> c.preview().summary().name().equals(name)).findFirst().orElseThrow();
    }

    private int count(String fileName) {
        return dsl.fetchCount(REPORT, REPORT.FILE_NAME.eq(fileName));
    }

    private static List<Path> leftInUploadFolder() {
        try (var files = Files.list(uploads)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] zip(List<String> names, List<byte[]> contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
