package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.ingest.LegacyVietnameseEncoding.Encoding;

/** The format is chosen by content, never by the name; hostile files get one clear line and no exception leaks. */
class DocumentFormatsTest {

    private static final DocumentFormats FORMATS = new DocumentFormats();

    @Test
    void theContentDecidesNotTheName() {
        assertThat(SeedAssertions.parse("report.txt", SeedDocuments.docx("004")).shape()).isEqualTo("docx/tabbed");
        assertThat(SeedAssertions.parse("report.pdf", SeedDocuments.xlsx("004")).shape()).isEqualTo("xlsx/tabbed");
        assertThat(SeedAssertions.parse("report.docx", SeedDocuments.xls("004")).shape()).isEqualTo("xls/tabbed");
        assertThat(SeedAssertions.parse("report.xlsx", SeedDocuments.text("004")).shape()).isEqualTo("tabbed");
        SeedDocuments.unicodeFont().ifPresent(font -> assertThat(
                SeedAssertions.parse("report.doc", SeedDocuments.pdfLines("001", font)).shape()).isEqualTo("pdf/pdf-layout"));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "002", "003", "004"})
    void legacyEncodedTextFilesReadLikeTheSeed(String seed) throws ReportReadException {
        for (Encoding encoding : Encoding.values()) {
            byte[] legacy = SeedDocuments.legacyText(seed, encoding);
            assertThat(FORMATS.read(legacy).format()).isEqualTo("text-" + encoding.id());
            ParsedReport report = SeedAssertions.parse("old.txt", legacy);
            assertThat(SeedAssertions.values(report)).as(encoding.id())
                    .containsExactlyElementsOf(SeedAssertions.values(SeedAssertions.seed(seed)));
            SeedAssertions.hasExpectedValues(report, seed);
        }
    }

    /** Legacy text some program once read as Windows-1252 and saved as UTF-8: valid UTF-8, still mojibake. */
    @Test
    void legacyTextSavedAgainAsUtf8IsRecognisedToo() throws ReportReadException {
        String misread = new String(SeedDocuments.legacyText("004", Encoding.TCVN3), java.nio.charset.Charset.forName("windows-1252"));
        DocumentText text = FORMATS.read(misread.getBytes(StandardCharsets.UTF_8));
        assertThat(text.format()).isEqualTo("text-tcvn3");
        assertThat(text.lines()).contains("Tình hình thực hiện công tác cải cách hành chính Quý I, nhiệm vụ trọng tâm Quý II năm 2023");
    }

    @Test
    void unicodeTextStaysText() throws ReportReadException {
        assertThat(FORMATS.read(SeedDocuments.text("002")).format()).isEqualTo("text");
        assertThat(FORMATS.read("STT\tChi tieu\n1.\tSo nhiem vu\tNhiem vu\t3\n".getBytes(StandardCharsets.US_ASCII)).format())
                .isEqualTo("text");
    }

    // ---- hostile inputs ------------------------------------------------------------------------

    @Test
    void truncatedDocx() {
        assertThatThrownBy(() -> FORMATS.read(SeedDocuments.truncatedDocx())).isInstanceOf(ReportReadException.class)
                .hasMessage("damaged .docx: Truncated ZIP file");
    }

    @Test
    void zipBombIsRefusedByPoisGuardQuickly() {
        byte[] bomb = SeedDocuments.zipBombDocx();
        assertThat(bomb.length).as("a small file").isLessThan(1024 * 1024);
        Throwable refused = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> catchThrowable(() -> FORMATS.read(bomb)));
        assertThat(refused).isInstanceOf(ReportReadException.class)
                .hasMessage("refused: word/document.xml unpacks to more than 100 times its packed size (zip bomb guard)");
    }

    @Test
    void passwordProtectedXlsx() {
        assertThatThrownBy(() -> FORMATS.read(SeedDocuments.protectedXlsx("003"))).isInstanceOf(ReportReadException.class)
                .hasMessage("password-protected: cannot be read");
    }

    @Test
    void scannedPdfWithoutTextLayer() {
        assertThatThrownBy(() -> FORMATS.read(SeedDocuments.scannedPdf())).isInstanceOf(ReportReadException.class)
                .hasMessage("no text layer: needs OCR");
    }

    @Test
    void binaryFileNamedTxt() {
        assertThatThrownBy(() -> SeedAssertions.PARSER.parse("report.txt", SeedDocuments.binary()))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("binary content (NUL bytes) of no known format: not a report");
    }

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> FORMATS.read(new byte[0])).isInstanceOf(ReportReadException.class).hasMessage("empty file");
    }

    @Test
    void textInNoEncodingWeKnow() {
        byte[] latin1 = "Rapport trimestriel : réforme administrative, état des lieux".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> FORMATS.read(latin1)).isInstanceOf(ReportReadException.class)
                .hasMessage("not UTF-8 text, nor Vietnamese in a legacy encoding (TCVN3, VNI, Windows-1258)");
    }

    /**
     * Cut short anywhere or with bytes flipped, a file of any of our formats is read or refused
     * with a one-line ReportReadException — no library exception reaches the loader.
     */
    @Test
    void damagedFilesOfEveryFormatNeverLeakAnException() {
        Random random = new Random(7);
        java.util.List<byte[]> originals = new java.util.ArrayList<>(java.util.List.of(SeedDocuments.docx("004"),
                SeedDocuments.xlsx("004"), SeedDocuments.xls("004"), SeedDocuments.scannedPdf(), SeedDocuments.protectedXlsx("004")));
        SeedDocuments.unicodeFont().ifPresent(font -> originals.add(SeedDocuments.pdfLines("001", font)));
        for (byte[] original : originals) {
            for (int i = 0; i < 12; i++) {
                byte[] damaged = i < 6 ? Arrays.copyOf(original, Math.max(1, original.length * (i + 1) / 7)) : original.clone();
                if (i >= 6) {
                    for (int flips = 0; flips < 20; flips++) {
                        int at = 8 + random.nextInt(damaged.length - 8); // keep the magic number: the reader must cope
                        damaged[at] = (byte) random.nextInt(256);
                    }
                }
                Throwable thrown = catchThrowable(() -> FORMATS.read(damaged));
                assertThat(thrown == null || thrown instanceof ReportReadException).as("%s", thrown).isTrue();
                if (thrown != null) {
                    assertThat(thrown.getMessage()).isNotBlank().doesNotContain("\n");
                }
            }
        }
    }

    @Test
    void whatLooksLikeAFormatButIsNotGivesAReason() {
        byte[] zipOfNothing = DocxFormatTest.MinimalDocx.zip("word/document.xml", "not xml at all");
        assertThatThrownBy(() -> FORMATS.read(zipOfNothing)).isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("damaged .docx: ");
        byte[] ole2Garbage = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2Garbage, 0, magic.length);
        assertThatThrownBy(() -> FORMATS.read(ole2Garbage)).isInstanceOf(ReportReadException.class)
                .hasMessage("binary content (NUL bytes) of no known format: not a report");
    }
}
