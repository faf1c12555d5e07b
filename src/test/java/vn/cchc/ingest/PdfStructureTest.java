package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A damaged PDF gets a true reason: cut short, or a broken cross-reference table — never "needs OCR". */
class PdfStructureTest {

    private static final DocumentFormats FORMATS = new DocumentFormats();

    static byte[] brokenXref(byte[] pdf) {
        return SeedDocuments.brokenXref(pdf);
    }

    @Test
    void aScanIsStillAScan() {
        assertThatThrownBy(() -> FORMATS.read(SeedDocuments.scannedPdf())).hasMessage("no text layer: needs OCR");
    }

    @Test
    void aBrokenCrossReferenceTableIsDamageNotAScan() {
        assertThatThrownBy(() -> FORMATS.read(brokenXref(SeedDocuments.scannedPdf())))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("damaged .pdf: broken cross-reference table (startxref ");
    }

    @Test
    void aPdfCutShortIsRefusedEvenWhereItsBeginningCouldBeRead() {
        SeedDocuments.unicodeFont().ifPresent(font -> {
            byte[] whole = SeedDocuments.pdfLines("001", font);
            assertThat(SeedAssertions.parse("r.pdf", whole).values()).isNotEmpty();
            for (int cut : new int[] {whole.length / 3, whole.length * 2 / 3, whole.length - 10}) {
                assertThatThrownBy(() -> FORMATS.read(Arrays.copyOf(whole, cut))).as("cut at %d", cut)
                        .hasMessageStartingWith("damaged .pdf: cut short");
            }
        });
    }
}
