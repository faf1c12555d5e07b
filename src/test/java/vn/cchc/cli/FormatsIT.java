package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.warehouse.jooq.Tables.INDICATOR_VALUES;
import static vn.cchc.warehouse.jooq.Tables.REPORT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingest.LegacyVietnameseEncoding.Encoding;
import vn.cchc.ingest.SeedDocuments;
import vn.cchc.warehouse.Warehouse;

/**
 * The load command over a folder of real-shaped reports in every format — Word, Excel 2007 and
 * 97, PDF, an old TCVN3 text file — next to the hostile files users also drop in: each good file
 * loads, each bad one gets one FAILED line with its reason, and nothing of it reaches the warehouse.
 */
class FormatsIT {

    @TempDir
    Path tmp;

    @Test
    void loadsEveryFormatAndRefusesEveryHostileFileWithItsReason() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        Map<String, String> shapes = new TreeMap<>();
        write(dir, "thanh-hoa-2023-q1.docx", SeedDocuments.docx("004"), shapes, "docx/tabbed");
        write(dir, "quang-tri-2023-q3.xlsx", SeedDocuments.xlsx("003"), shapes, "xlsx/tabbed");
        write(dir, "ninh-thuan-2021.xls", SeedDocuments.xls("002"), shapes, "xls/tabbed");
        write(dir, "tuyen-quang-2021-q1.txt", SeedDocuments.legacyText("000", Encoding.TCVN3), shapes, "text-tcvn3/tabbed");
        SeedDocuments.unicodeFont().ifPresent(font ->
                write(dir, "quang-binh-599.pdf", SeedDocuments.pdfLines("001", font), shapes, "pdf/pdf-layout"));

        Map<String, String> reasons = new TreeMap<>(Map.of(
                "truncated.docx", "damaged .docx: Truncated ZIP file",
                "bomb.docx", "refused: word/document.xml unpacks to more than 100 times its packed size (zip bomb guard)",
                "protected.xlsx", "password-protected: cannot be read",
                "scanned.pdf", "no text layer: needs OCR",
                "binary.txt", "binary content (NUL bytes) of no known format: not a report",
                "empty.txt", "empty file"));
        Files.write(dir.resolve("truncated.docx"), SeedDocuments.truncatedDocx());
        Files.write(dir.resolve("bomb.docx"), SeedDocuments.zipBombDocx());
        Files.write(dir.resolve("protected.xlsx"), SeedDocuments.protectedXlsx("003"));
        Files.write(dir.resolve("scanned.pdf"), SeedDocuments.scannedPdf());
        Files.write(dir.resolve("binary.txt"), SeedDocuments.binary());
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path db = tmp.resolve("w.duckdb");

        CliRun run = CliRun.of("load", "--db", db.toString(), "--lang", "en", dir.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        int files = shapes.size() + reasons.size();
        assertThat(run.out()).contains("Total " + files + " files: loaded " + shapes.size()).contains("failed " + reasons.size());
        List<String> failed = run.err().lines().filter(l -> l.startsWith("FAILED")).toList();
        assertThat(failed).as(run.err()).containsExactlyInAnyOrderElementsOf(
                reasons.entrySet().stream().map(e -> "FAILED " + e.getKey() + ": " + e.getValue()).toList());

        try (Warehouse w = Warehouse.open(db)) {
            Map<String, String> stored = new TreeMap<>();
            w.dsl().select(REPORT.FILE_NAME, REPORT.TEXT_SHAPE).from(REPORT).fetch().forEach(r -> stored.put(r.value1(), r.value2()));
            assertThat(stored).isEqualTo(shapes);
            assertThat(w.dsl().select(INDICATOR_VALUES.VALUE).from(INDICATOR_VALUES)
                    .where(INDICATOR_VALUES.SOURCE_FILE.eq("thanh-hoa-2023-q1.docx"))
                    .and(INDICATOR_VALUES.INDICATOR.eq("tthc.resolved.dept")).fetchOne(INDICATOR_VALUES.VALUE))
                    .isEqualTo(45700.0);
            assertThat(w.dsl().select(INDICATOR_VALUES.PROVINCE).from(INDICATOR_VALUES)
                    .where(INDICATOR_VALUES.SOURCE_FILE.eq("tuyen-quang-2021-q1.txt")).limit(1).fetchOne(INDICATOR_VALUES.PROVINCE))
                    .isEqualTo("Tuyên Quang");
        }
    }



    private static void write(Path dir, String name, byte[] bytes, Map<String, String> shapes, String shape) {
        try {
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        shapes.put(name, shape);
    }
}
