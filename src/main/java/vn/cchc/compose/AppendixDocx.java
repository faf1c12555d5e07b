package vn.cchc.compose;

import static vn.cchc.sample.WordText.cellText;
import static vn.cchc.sample.WordText.paragraph;
import static vn.cchc.sample.WordText.tcPr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The composed appendix as Word writes a report (POI XWPF): the letterhead and title as
 * paragraphs, then one real table per "Biểu mẫu" under its heading lines, with the template's
 * two-row header (STT, label and note merged down, "Kết quả thống kê" across unit and value, repeated
 * on every page) — the layout the loader's {@code DocxFormat} reads — and "Nguồn số liệu" last.
 */
public final class AppendixDocx {

    private static final int COLUMNS = 5;

    public byte[] write(ProvinceAppendix a) {
        AppendixWords w = new AppendixWords(a);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, w.issuer(), true, false, ParagraphAlignment.LEFT);
            AppendixWords.motto().forEach(l -> paragraph(doc, l, true, false, ParagraphAlignment.CENTER));
            paragraph(doc, w.number(), false, false, ParagraphAlignment.LEFT);
            paragraph(doc, w.draft(), true, true, ParagraphAlignment.CENTER);
            paragraph(doc, "BÁO CÁO", true, false, ParagraphAlignment.CENTER);
            paragraph(doc, w.title(), true, false, ParagraphAlignment.CENTER);
            paragraph(doc, w.body(), false, false, ParagraphAlignment.BOTH);
            w.signer().forEach(l -> paragraph(doc, l, true, false, ParagraphAlignment.RIGHT));
            doc.createParagraph().setPageBreak(true);
            w.appendixTitle().forEach(l -> paragraph(doc, l, true, false, ParagraphAlignment.CENTER));
            paragraph(doc, w.appendixCaption(), false, true, ParagraphAlignment.CENTER);
            for (ProvinceAppendix.Section s : a.sections()) {
                s.headings().forEach(l -> paragraph(doc, l, true, false, ParagraphAlignment.CENTER));
                table(doc, s.rows());
                doc.createParagraph();
            }
            paragraph(doc, AppendixWords.sourcesHeading().toUpperCase(java.util.Locale.of("vi")), true, false,
                    ParagraphAlignment.LEFT);
            w.sourceLines().forEach(l -> paragraph(doc, l, false, false, ParagraphAlignment.LEFT));
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(w.title() + " — " + a.provincePhrase() + " (" + ProvinceAppendix.DRAFT + ")");
            core.setCreator("CCHC Analytics");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, List<ComposedRow> rows) {
        XWPFTable table = doc.createTable(rows.size() + 2, COLUMNS);
        XWPFTableRow top = table.getRow(0);
        XWPFTableRow bottom = table.getRow(1);
        cellText(top.getCell(0), "STT", true, false);
        cellText(top.getCell(1), "Chỉ tiêu thống kê", true, false);
        cellText(top.getCell(2), "Kết quả thống kê", true, false);
        cellText(top.getCell(4), "Ghi chú", true, false);
        cellText(bottom.getCell(2), "Đơn vị tính", true, false);
        cellText(bottom.getCell(3), "Số liệu", true, false);
        for (int col : new int[] {0, 1, 4}) {
            tcPr(top.getCell(col)).addNewVMerge().setVal(STMerge.RESTART);
            tcPr(bottom.getCell(col)).addNewVMerge();
        }
        top.removeCell(3);
        tcPr(top.getCell(2)).addNewGridSpan().setVal(BigInteger.TWO);
        top.setRepeatHeader(true);
        bottom.setRepeatHeader(true);
        for (int i = 0; i < rows.size(); i++) {
            ComposedRow row = rows.get(i);
            XWPFTableRow tr = table.getRow(i + 2);
            boolean bold = row.template().depth() == 1;
            cellText(tr.getCell(0), AppendixWords.code(row.template()), bold, false);
            cellText(tr.getCell(1), row.template().label(), bold, row.template().subRow());
            cellText(tr.getCell(2), row.unit(), false, false);
            cellText(tr.getCell(3), AppendixWords.value(row), bold, false);
            cellText(tr.getCell(4), row.note(), false, true);
        }
    }
}
