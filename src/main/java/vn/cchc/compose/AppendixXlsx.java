package vn.cchc.compose;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The composed appendix as an Excel workbook (POI XSSF), one sheet: the letterhead and title a line
 * a row, each "Biểu mẫu" as a table under its headings with the template's two-row header, values
 * as numbers (a format that shows them the Vietnamese way: "#,##0", "0.00"), and "Nguồn số liệu"
 * last. Text from the agencies' files that a spreadsheet would take for a formula is quote-prefixed.
 */
public final class AppendixXlsx {

    private static final int COLUMNS = 5;

    public byte[] write(ProvinceAppendix a) {
        AppendixWords w = new AppendixWords(a);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("Báo cáo tổng hợp");
            List<String> prose = new ArrayList<>();
            prose.add(w.issuer());
            prose.addAll(AppendixWords.motto());
            prose.add(w.number());
            prose.add(w.draft());
            prose.add("");
            prose.add("BÁO CÁO");
            prose.add(w.title());
            prose.add(w.body());
            prose.addAll(w.signer());
            prose.add("");
            int at = 0;
            for (String line : prose) {
                if (!line.isEmpty()) {
                    text(sheet.createRow(at), 0, line, null, styles);
                }
                at++;
            }
            for (String line : w.appendixTitle()) {
                at = title(sheet, at, line, styles.bold, styles);
            }
            at = title(sheet, at, w.appendixCaption(), null, styles) + 1;
            for (ProvinceAppendix.Section s : a.sections()) {
                for (String heading : s.headings()) {
                    at = title(sheet, at, heading, styles.bold, styles);
                }
                at = header(sheet, at, styles);
                for (ComposedRow row : s.rows()) {
                    Row xr = sheet.createRow(at++);
                    CellStyle style = row.template().depth() == 1 ? styles.bold : null;
                    text(xr, 0, AppendixWords.code(row.template()), style, styles);
                    text(xr, 1, row.template().label(), style, styles);
                    text(xr, 2, row.unit(), null, styles);
                    if (row.value() != null) {
                        Cell cell = xr.createCell(3);
                        cell.setCellValue(row.value().doubleValue());
                        cell.setCellStyle(styles.number(row.value()));
                    }
                    text(xr, 4, row.note(), null, styles);
                }
                at++;
            }
            text(sheet.createRow(at++), 0, AppendixWords.sourcesHeading().toUpperCase(java.util.Locale.of("vi")), styles.bold, styles);
            for (String line : w.sourceLines()) {
                text(sheet.createRow(at++), 0, line, null, styles);
            }
            sheet.setColumnWidth(1, 70 * 256);
            sheet.setColumnWidth(4, 60 * 256);
            workbook.getProperties().getCoreProperties().setTitle(w.title() + " — " + a.provincePhrase()
                    + " (" + ProvinceAppendix.DRAFT + ")");
            workbook.getProperties().getCoreProperties().setCreator("CCHC Analytics");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int title(Sheet sheet, int at, String text, CellStyle style, Styles styles) {
        text(sheet.createRow(at), 0, text, style, styles);
        sheet.addMergedRegion(new CellRangeAddress(at, at, 0, COLUMNS - 1));
        return at + 1;
    }

    private static int header(Sheet sheet, int at, Styles styles) {
        Row top = sheet.createRow(at);
        Row bottom = sheet.createRow(at + 1);
        text(top, 0, "STT", styles.bold, styles);
        text(top, 1, "Chỉ tiêu thống kê", styles.bold, styles);
        text(top, 2, "Kết quả thống kê", styles.bold, styles);
        text(top, 4, "Ghi chú", styles.bold, styles);
        text(bottom, 2, "Đơn vị tính", styles.bold, styles);
        text(bottom, 3, "Số liệu", styles.bold, styles);
        for (int col : new int[] {0, 1, 4}) {
            sheet.addMergedRegion(new CellRangeAddress(at, at + 1, col, col));
        }
        sheet.addMergedRegion(new CellRangeAddress(at, at, 2, 3));
        return at + 2;
    }

    private static void text(Row row, int column, String text, CellStyle style, Styles styles) {
        if (text.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (formulaLike(text)) {
            cell.setCellStyle(styles.quoted);
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** What a spreadsheet would run as a formula when the cell is edited or saved as CSV. */
    static boolean formulaLike(String text) {
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle quoted;
        private final XSSFWorkbook workbook;
        private final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }

        /** "#,##0" for whole numbers, "0.00" or "#,##0.000" for decimals: shown as the value is written. */
        CellStyle number(BigDecimal v) {
            BigDecimal plain = v.stripTrailingZeros();
            int scale = Math.max(0, plain.scale());
            String format = scale == 0 ? "#,##0" : (plain.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 ? "#,##0." : "0.")
                    + "0".repeat(scale);
            return numbers.computeIfAbsent(format, f -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            });
        }
    }
}
