package vn.cchc.sample;

import static vn.cchc.sample.WordText.cellText;
import static vn.cchc.sample.WordText.paragraph;
import static vn.cchc.sample.WordText.run;
import static vn.cchc.sample.WordText.tcPr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A report as Word writes it (POI XWPF): the letterhead as paragraphs or, as many offices lay it
 * out, a borderless two-column table (issuer and number beside the motto and the date line); the
 * prose as paragraphs; the appendix as real tables — a two-row header with its merged cells
 * (STT, label and note merged down, "Kết quả thống kê" across unit and value) marked to repeat,
 * bold top-level rows, "Trong đó" in the code cell of a sub-row block, in some reports group
 * headers whose label cell spans the row, and a long table continued after a page break as a
 * second table with the header again.
 */
final class DocxRenderer implements ReportRenderer {

    private static final int COLUMNS = 5;

    @Override
    public byte[] render(ReportContent c, ReportProse prose, RandomGenerator r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> issuer = prose.issuer(r);
            if (r.nextDouble() < 0.5) {
                letterheadTable(doc, issuer, prose);
            } else {
                issuer.forEach(l -> paragraph(doc, l, true, false, ParagraphAlignment.LEFT));
                ReportProse.motto().forEach(l -> paragraph(doc, l, true, false, ParagraphAlignment.CENTER));
                paragraph(doc, prose.number(), false, false, ParagraphAlignment.LEFT);
                paragraph(doc, prose.dateLine(), false, true, ParagraphAlignment.RIGHT);
            }
            paragraph(doc, "BÁO CÁO", true, false, ParagraphAlignment.CENTER);
            paragraph(doc, prose.title(), true, false, ParagraphAlignment.CENTER);
            for (ReportProse.Paragraph p : prose.body()) {
                paragraph(doc, p.text(), p.heading(), false, ParagraphAlignment.BOTH);
            }
            paragraph(doc, "Nơi nhận:", true, true, ParagraphAlignment.LEFT);
            prose.recipients().forEach(l -> paragraph(doc, l, false, false, ParagraphAlignment.LEFT));
            prose.signer().forEach(l -> paragraph(doc, l, true, false, ParagraphAlignment.RIGHT));
            paragraph(doc, prose.signerName(), true, false, ParagraphAlignment.RIGHT);
            doc.createParagraph().setPageBreak(true);
            prose.appendixTitle().forEach(l -> paragraph(doc, l, true, false, ParagraphAlignment.CENTER));
            paragraph(doc, prose.appendixCaption(), false, true, ParagraphAlignment.CENTER);

            boolean trailingDot = r.nextDouble() < 0.6;
            boolean spannedGroups = r.nextDouble() < 0.5;
            boolean italicSubRows = r.nextDouble() < 0.5;
            boolean usageInHeader = r.nextDouble() < 0.5;
            boolean continued = r.nextDouble() < 0.5;
            for (AppendixTable table : c.tables()) {
                table.headings().forEach(l -> paragraph(doc, l, true, false, ParagraphAlignment.CENTER));
                List<WrittenRow> rows = table.rows();
                int cut = continued && rows.size() > 24 ? 12 + r.nextInt(rows.size() - 20) : rows.size();
                List<List<WrittenRow>> parts = cut < rows.size()
                        ? List.of(rows.subList(0, cut), rows.subList(cut, rows.size())) : List.of(rows);
                for (int p = 0; p < parts.size(); p++) {
                    if (p > 0) {
                        doc.createParagraph().setPageBreak(true);
                    }
                    table(doc, parts.get(p), usageInHeader, trailingDot, spannedGroups, italicSubRows);
                }
                doc.createParagraph();
            }
            SampleMarks.mark(doc.getProperties(), c);
            doc.write(out);
            return FixedFileDates.zipEntriesDated(out.toByteArray(), c.date());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Issuer and number on the left, motto and date line on the right, one paragraph a line, no borders. */
    private static void letterheadTable(XWPFDocument doc, List<String> issuer, ReportProse prose) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        List<String> left = new ArrayList<>(issuer);
        List<String> right = new ArrayList<>(ReportProse.motto());
        while (left.size() < right.size()) {
            left.add("");
        }
        while (right.size() < left.size()) {
            right.add("");
        }
        left.add(prose.number());
        right.add(prose.dateLine());
        for (int c = 0; c < 2; c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            List<String> lines = c == 0 ? left : right;
            for (int i = 0; i < lines.size(); i++) {
                XWPFParagraph p = i == 0 ? cell.getParagraphs().getFirst() : cell.addParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, lines.get(i), i < lines.size() - 1, i == lines.size() - 1 && c == 1);
            }
        }
    }

    private static void table(XWPFDocument doc, List<WrittenRow> rows, boolean usageInHeader, boolean trailingDot,
                              boolean spannedGroups, boolean italicSubRows) {
        XWPFTable table = doc.createTable(rows.size() + 2, COLUMNS);
        XWPFTableRow top = table.getRow(0);
        XWPFTableRow bottom = table.getRow(1);
        cellText(top.getCell(0), "STT", true, false);
        cellText(top.getCell(1), "Chỉ tiêu thống kê", true, false);
        if (usageInHeader) {
            run(top.getCell(1).addParagraph(), "(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)", false, true);
        }
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
            WrittenRow row = rows.get(i);
            TemplateRow t = row.template();
            XWPFTableRow tr = table.getRow(i + 2);
            boolean bold = t.depth() == 1;
            String code = ShapeRenderer.codeCell(t, trailingDot);
            cellText(tr.getCell(0), code, bold, false);
            label(tr.getCell(1), row.label(), bold, t.subRow() && italicSubRows);
            if (spannedGroups && row.isHeader()) {
                // A group header's label spans the unit, value and note columns.
                for (int k = COLUMNS - 1; k > 1; k--) {
                    tr.removeCell(k);
                }
                tcPr(tr.getCell(1)).addNewGridSpan().setVal(BigInteger.valueOf(COLUMNS - 1L));
                continue;
            }
            cellText(tr.getCell(2), row.unit(), false, false);
            cellText(tr.getCell(3), row.value(), bold, false);
            cellText(tr.getCell(4), row.note(), false, true);
        }
    }

    /** A note in parentheses at the end of a label is italic, as in the printed templates. */
    private static void label(XWPFTableCell cell, String label, boolean bold, boolean italic) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        int open = label.lastIndexOf('(');
        if (!italic && open > 0 && label.endsWith(")")) {
            run(p, label.substring(0, open), bold, false);
            run(p, label.substring(open), bold, true);
        } else {
            run(p, label, bold, italic);
        }
    }
}
