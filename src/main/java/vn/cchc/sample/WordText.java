package vn.cchc.sample;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Text in a Word report as the templates print it (Times New Roman, bold and italic runs): written
 * once for the generator's reports and the province's composed appendix, which follow one layout.
 */
public final class WordText {

    private WordText() {
    }

    /** The cell's first paragraph gets the text, unless it is empty (an empty run is not an empty cell to Word). */
    public static void cellText(XWPFTableCell cell, String text, boolean bold, boolean italic) {
        if (!text.isEmpty()) {
            run(cell.getParagraphs().getFirst(), text, bold, italic);
        }
    }

    /** The cell's properties, made when it has none yet (for merges and spans). */
    public static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    public static void paragraph(XWPFDocument doc, String text, boolean bold, boolean italic, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, text, bold, italic);
    }

    public static void run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily("Times New Roman");
    }
}
