package vn.cchc.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report kept as an Excel workbook (POI XSSF): the report's prose one paragraph a row, and its
 * appendix as a table starting at a row and column of the writer's choosing — on the same sheet
 * under the prose, or on a second sheet after a cover sheet holding the prose. Titles are merged
 * across the table, the two-row header has its merged cells, group headers of some writers span
 * the row, and values are numbers where Excel would take them for numbers ({@link ExcelValue}).
 */
final class XlsxRenderer implements ReportRenderer {

    private static final int COLUMNS = 5;

    @Override
    public byte[] render(ReportContent c, ReportProse prose, RandomGenerator r) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            boolean cover = r.nextDouble() < 0.5;
            int left = r.nextInt(4);
            Sheet sheet = workbook.createSheet(cover ? "Báo cáo" : "Báo cáo CCHC");
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);

            int at = cover ? 0 : r.nextInt(4);
            int proseColumn = cover ? 0 : left;
            for (String line : proseLines(c, prose, r)) {
                if (!line.isEmpty()) {
                    sheet.createRow(at).createCell(proseColumn).setCellValue(line);
                }
                at++;
            }
            if (cover) {
                sheet = workbook.createSheet("Phụ lục");
                at = 1 + r.nextInt(6);
            } else {
                at += 2;
            }
            for (String line : prose.appendixTitle()) {
                at = title(sheet, at, left, line, bold);
            }
            at = title(sheet, at, left, prose.appendixCaption(), null) + 1;

            ExcelValue values = new ExcelValue(workbook);
            boolean trailingDot = r.nextDouble() < 0.6;
            boolean spannedGroups = r.nextDouble() < 0.5;
            boolean usageInHeader = r.nextDouble() < 0.5;
            for (AppendixTable table : c.tables()) {
                for (String heading : table.headings()) {
                    at = title(sheet, at, left, heading, bold);
                }
                at = header(sheet, at, left, usageInHeader, bold);
                for (WrittenRow row : table.rows()) {
                    TemplateRow t = row.template();
                    Row xr = sheet.createRow(at);
                    String code = ShapeRenderer.codeCell(t, trailingDot);
                    text(xr, left, code, t.depth() == 1 ? bold : null);
                    text(xr, left + 1, row.label(), t.depth() == 1 ? bold : null);
                    if (spannedGroups && row.isHeader()) {
                        sheet.addMergedRegion(new CellRangeAddress(at, at, left + 1, left + COLUMNS - 1));
                    } else {
                        text(xr, left + 2, row.unit(), null);
                        values.put(xr.createCell(left + 3), row.value());
                        text(xr, left + 4, row.note(), null);
                    }
                    at++;
                }
                at++;
            }
            sheet.setColumnWidth(left + 1, 70 * 256);
            SampleMarks.mark(workbook.getProperties(), c);
            workbook.write(out);
            return FixedFileDates.zipEntriesDated(out.toByteArray(), c.date());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The letter before the appendix, one paragraph a row; blank rows between its parts. */
    private static List<String> proseLines(ReportContent c, ReportProse prose, RandomGenerator r) {
        List<String> lines = new ArrayList<>(prose.issuer(r));
        lines.addAll(ReportProse.motto());
        lines.add(prose.number());
        lines.add(prose.dateLine());
        lines.add("");
        lines.add("BÁO CÁO");
        lines.add(prose.title());
        lines.add("");
        prose.body().forEach(p -> lines.add(p.text()));
        lines.add("");
        lines.add("Nơi nhận:");
        lines.addAll(prose.recipients());
        lines.add("");
        lines.addAll(prose.signer());
        lines.add(prose.signerName());
        return lines;
    }

    /** A line merged across the table's width, as a title is centred over it. */
    private static int title(Sheet sheet, int at, int left, String text, CellStyle style) {
        text(sheet.createRow(at), left, text, style);
        sheet.addMergedRegion(new CellRangeAddress(at, at, left, left + COLUMNS - 1));
        return at + 1;
    }

    private static int header(Sheet sheet, int at, int left, boolean usage, CellStyle bold) {
        Row top = sheet.createRow(at);
        Row bottom = sheet.createRow(at + 1);
        text(top, left, "STT", bold);
        text(top, left + 1, "Chỉ tiêu thống kê" + (usage ? " (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)" : ""), bold);
        text(top, left + 2, "Kết quả thống kê", bold);
        text(top, left + 4, "Ghi chú", bold);
        text(bottom, left + 2, "Đơn vị tính", bold);
        text(bottom, left + 3, "Số liệu", bold);
        for (int col : new int[] {left, left + 1, left + 4}) {
            sheet.addMergedRegion(new CellRangeAddress(at, at + 1, col, col));
        }
        sheet.addMergedRegion(new CellRangeAddress(at, at, left + 2, left + 3));
        return at + 2;
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        if (text.isEmpty()) {
            return;
        }
        var cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
