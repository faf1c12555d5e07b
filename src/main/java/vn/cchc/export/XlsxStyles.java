package vn.cchc.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The fixed set of cell styles of every export, made once per workbook: a style per cell would
 * exhaust Excel's 64,000-style limit and bloat the file.
 */
final class XlsxStyles {

    /** Thousands separators; Excel renders them with the reader's locale (1.234 in Vietnamese). */
    static final String INTEGER_FORMAT = "#,##0";
    static final String DECIMAL_FORMAT = "#,##0.00";
    /** The cell holds a fraction; the % multiplies by 100 and the escaped space sets "99,62 %" apart. */
    static final String PERCENT_FORMAT = "0.00\\ %";

    final CellStyle header;
    final CellStyle text;
    /** Text starting with = + - @ tab or CR: quotePrefix keeps it literal if the cell is ever edited. */
    final CellStyle literalText;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle totalText;
    final CellStyle totalInteger;
    final CellStyle totalDecimal;
    final CellStyle totalPercent;

    XlsxStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        short integerFormat = wb.createDataFormat().getFormat(INTEGER_FORMAT);
        short decimalFormat = wb.createDataFormat().getFormat(DECIMAL_FORMAT);
        short percentFormat = wb.createDataFormat().getFormat(PERCENT_FORMAT);

        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = wb.createCellStyle();
        literalText = wb.createCellStyle();
        literalText.setQuotePrefixed(true);
        integer = numeric(wb, integerFormat, null);
        decimal = numeric(wb, decimalFormat, null);
        percent = numeric(wb, percentFormat, null);

        totalText = wb.createCellStyle();
        totalText.setFont(bold);
        totalText.setBorderTop(BorderStyle.THIN);
        totalInteger = numeric(wb, integerFormat, bold);
        totalDecimal = numeric(wb, decimalFormat, bold);
        totalPercent = numeric(wb, percentFormat, bold);
    }

    private static CellStyle numeric(Workbook wb, short format, Font bold) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        if (bold != null) {
            s.setFont(bold);
            s.setBorderTop(BorderStyle.THIN);
        }
        return s;
    }

    CellStyle forType(ColumnType type, boolean total) {
        return switch (type) {
            case TEXT -> total ? totalText : text;
            case INTEGER -> total ? totalInteger : integer;
            case DECIMAL -> total ? totalDecimal : decimal;
            case PERCENT -> total ? totalPercent : percent;
        };
    }
}
