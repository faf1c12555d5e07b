package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.ingest.ReportParser;
import vn.cchc.sample.FileFormat;
import vn.cchc.security.AccountDatabase;
import vn.cchc.security.AccountStore;
import vn.cchc.security.AuditAction;
import vn.cchc.security.AuditEntry;
import vn.cchc.security.AuditFilter;
import vn.cchc.security.AuditLog;
import vn.cchc.sample.GeneratedReport;
import vn.cchc.sample.GeneratorSettings;
import vn.cchc.sample.HistoryGenerator;
import vn.cchc.sample.ReportingPeriod.Kind;
import vn.cchc.warehouse.BatchLoader;
import vn.cchc.warehouse.ReportLoader;
import vn.cchc.warehouse.Warehouse;

/** {@code compose} and {@code brief} as a user runs them, on a real warehouse file of a generated province. */
class ComposeAndBriefCommandIT {

    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void warehouse() {
        GeneratorSettings settings = GeneratorSettings.of(7, 2024, 2024, 1).withAgencies(2, 1)
                .withPeriods(EnumSet.of(Kind.Q1, Kind.Q2)).withInconsistencyRate(0).withFormats(EnumSet.of(FileFormat.TXT));
        List<BatchLoader.Text> texts = new ArrayList<>();
        for (GeneratedReport r : new HistoryGenerator(Catalog.bundled(), ReferenceData.bundled(), settings).generate()) {
            texts.add(new BatchLoader.Text(r.fileName(), r.bytes()));
        }
        db = tmp.resolve("w.duckdb");
        try (Warehouse w = Warehouse.open(db)) {
            new BatchLoader(new ReportParser(Catalog.bundled(), ReferenceData.bundled()), new ReportLoader(w), 1)
                    .loadTexts(texts.iterator(), o -> { });
            new vn.cchc.analytics.AnalyticsTables(w.dsl()).ensureFresh(); // as load does: brief opens it read-only
        }
    }

    @Test
    void composeAndBriefOnlyReadBesideAnotherReader() {
        // A read-only opener of the same file in this process refuses any writable one (DuckDB: one
        // configuration per file), so both commands pass only if they open the warehouse read-only.
        try (Warehouse reader = Warehouse.openReadOnly(db)) {
            assertThat(CliRun.of("compose", "--db", db.toString(), "--province", "Hà Giang", "--period", "2024-Q2",
                    "--out", tmp.resolve("ro/tong-hop.xlsx").toString()).exit()).isZero();
            assertThat(CliRun.of("brief", "--db", db.toString(), "--period", "2024-Q2",
                    "--out", tmp.resolve("ro/ban-tin.pdf").toString()).exit()).isZero();
            assertThat(reader.readOnly()).isTrue();
        }
    }

    @Test
    void composeWritesDocxAndXlsxAndNeverOverwritesWithoutForce() throws Exception {
        Path docx = tmp.resolve("out/tong-hop.docx");
        Path accounts = tmp.resolve("accounts.duckdb");
        AccountStore.open(accounts).close();
        CliRun run = CliRun.of("compose", "--db", db.toString(), "--province", "ha giang", "--period", "2024-q2",
                "--out", docx.toString(), "--accounts", accounts.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (AccountDatabase store = AccountStore.open(accounts)) {
            List<AuditEntry> exports = new AuditLog(store.dsl(), Clock.systemDefaultZone())
                    .search(new AuditFilter(null, null, null, AuditAction.EXPORT), 10);
            assertThat(exports).singleElement().satisfies(e -> {
                assertThat(e.account()).startsWith("cli:");
                assertThat(e.target()).isEqualTo("tong-hop.docx");
                assertThat(e.detail()).contains("compose; province=ha-giang, period=2024-Q2");
            });
        }
        assertThat(run.out()).contains("Hà Giang", "2024-Q2", "3 báo cáo");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx)); XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("UBND TỈNH HÀ GIANG", "quý II năm 2024", "NGUỒN SỐ LIỆU");
        }
        assertThat(CliRun.of("compose", "--db", db.toString(), "--province", "Hà Giang", "--period", "2024-Q2",
                "--out", docx.toString()).exit()).isEqualTo(2);
        Path xlsx = tmp.resolve("out/tong-hop.xlsx");
        assertThat(CliRun.of("compose", "--db", db.toString(), "--province", "Hà Giang", "--period", "2024-Q2",
                "--out", xlsx.toString(), "--force").exit()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
        }
        CliRun unknown = CliRun.of("compose", "--db", db.toString(), "--province", "Atlantis", "--period", "2024-Q2",
                "--out", tmp.resolve("x.docx").toString(), "--lang", "en");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("No province Atlantis");
        assertThat(CliRun.of("compose", "--db", db.toString(), "--province", "Hà Giang", "--period", "2024-Q2",
                "--out", tmp.resolve("x.pdf").toString()).exit()).isEqualTo(2);
    }

    @Test
    void briefWritesOnePageInVietnameseOrEnglish() throws Exception {
        Path pdf = tmp.resolve("ban-tin.pdf");
        CliRun run = CliRun.of("brief", "--db", db.toString(), "--province", "Hà Giang", "--period", "2024-Q2", "--out", pdf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("BẢN TIN CẢI CÁCH HÀNH CHÍNH", "Hà Giang", "quý II năm 2024");
        }
        Path en = tmp.resolve("briefing.pdf");
        assertThat(CliRun.of("brief", "--db", db.toString(), "--period", "2024-Q2", "--out", en.toString(), "--lang", "en").exit())
                .isZero();
        try (PDDocument doc = Loader.loadPDF(en.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("ADMINISTRATIVE REFORM BRIEFING", "Whole country");
        }
        Path docx = tmp.resolve("ban-tin.docx");
        assertThat(CliRun.of("brief", "--db", db.toString(), "--period", "2024-Q2", "--out", docx.toString()).exit()).isZero();
        assertThat(Files.size(docx)).isPositive();
    }
}
