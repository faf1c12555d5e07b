package vn.cchc.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF (PDFBox): the text layer, line by line in reading order, into the same pipeline as the
 * pdftotext output of seed 001 ({@link PdfLayoutTextReader}: table cells separated only by
 * spaces, wrapped labels on lines of their own).
 *
 * <p>Sorted by position, as asked of PDFBox here, text on one baseline is one line whatever order
 * the producer wrote it in. Text that pdftotext wrote as lines comes back from PDFBox unchanged
 * (seed 001 written into a PDF reads back line for line, lost glyphs and double spaces included).
 * Where they differ is a table whose cells wrap: PDFBox gives the first line of every cell of a
 * row as one line (code, label start, unit, value, note) and the label's wrapped rest after it,
 * while in seed 001 pdftotext put the label's wrapped lines before the unit and value; the
 * pdf-layout reader then misses a few such rows (PdfFormatTest measures it). A PDF without a
 * single letter in its text layer is a scan.
 */
final class PdfFormat implements FormatReader {

    /** A report is tens of pages; a national compilation a few hundred. */
    static final int MAX_PAGES = 2_000;
    /** The PDF header may follow some bytes of junk; readers look this far for it. */
    private static final int HEADER_WINDOW = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Override
    public boolean accepts(byte[] bytes) {
        outer:
        for (int i = 0; i + HEADER.length <= Math.min(bytes.length, HEADER_WINDOW); i++) {
            for (int j = 0; j < HEADER.length; j++) {
                if (bytes[i + j] != HEADER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public DocumentText read(byte[] bytes) throws ReportReadException {
        // PDFBox rebuilds a damaged file from what it finds, so a file cut short would load part of its
        // appendix and a broken cross-reference table could pass for a scan: both are checked first.
        PdfStructure.checkEnd(bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new ReportReadException("refused: " + pages + " pages, too long for a report (at most " + MAX_PAGES + ")");
            }
            String text = new PdfTextLayer().getText(document);
            if (text.codePoints().noneMatch(Character::isLetter)) {
                PdfStructure.checkCrossReference(bytes);
                throw new ReportReadException("no text layer: needs OCR");
            }
            Lines lines = new Lines();
            lines.addText(text);
            return lines.toDocument("pdf");
        } catch (InvalidPasswordException e) {
            throw new ReportReadException("password-protected: cannot be read");
        } catch (IOException | RuntimeException e) {
            throw ReadFailure.damaged("pdf", e);
        }
    }
}
