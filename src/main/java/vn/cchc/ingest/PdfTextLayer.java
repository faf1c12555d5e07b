package vn.cchc.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper as {@link PdfFormat} configures it (sorted by position, "\n" between
 * lines, duplicate overlapping glyphs dropped), with the duplicate test done by {@link DrawnGlyphs}
 * instead of PDFBox's own: same glyphs dropped, same text, in a fraction of the time.
 *
 * <p>PDFBox skips that test for glyphs inside a marked-content sequence with an ActualText (their
 * text is replaced by it); that state is private to PDFBox, so it is followed here the way PDFBox
 * sets and clears it.
 */
final class PdfTextLayer extends PDFTextStripper {

    private final DrawnGlyphs drawn = new DrawnGlyphs();
    /** For each open marked-content sequence, whether it has an ActualText. */
    private final Deque<Boolean> markedContents = new ArrayDeque<>();
    private boolean inActualText;

    PdfTextLayer() {
        // Reading order by position, as pdftotext: a table row's cells come out on one line.
        setSortByPosition(true);
        setLineSeparator("\n");
        setSuppressDuplicateOverlappingText(false); // done in processTextPosition below
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        drawn.clear();
        super.processPage(page);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        boolean actualText = PDMarkedContent.create(tag, properties).getActualText() != null;
        markedContents.push(actualText);
        inActualText = actualText;
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        Boolean actualText = markedContents.poll();
        if (actualText != null && actualText) {
            inActualText = false;
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (!inActualText) {
            String unicode = text.getUnicode();
            // PDFBox's tolerance, to the float: a third of the glyph's width per character.
            float tolerance = text.getWidth() / unicode.length() / 3.0f;
            if (drawn.repeats(unicode, text.getX(), text.getY(), tolerance)) {
                return;
            }
        }
        super.processTextPosition(text);
    }
}
