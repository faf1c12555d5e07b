package vn.cchc.sample;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A value cell as someone typing the report into Excel leaves it: what Excel takes for a number
 * becomes a numeric cell with the format that shows it as written ("45.700" is 45700 in #,##0,
 * "94,92" is 94.92 in 0.00, "97,5%" is 0.975 in 0.0%, "6.786,875" is 6786.875 in #,##0.000);
 * anything else stays text, as Excel keeps it — "02", "-", "92.86" (a decimal point in a
 * Vietnamese workbook), "99,62% (523/525)".
 */
final class ExcelValue {

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+),(\\d+)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+)(?:,(\\d+))?%");
    private static final Pattern WHOLE = Pattern.compile("0|[1-9]\\d{0,14}");

    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();

    ExcelValue(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Writes the value into the cell; an empty value leaves the cell blank. */
    void put(Cell cell, String text) {
        if (text.isEmpty()) {
            return;
        }
        Matcher decimal = DECIMAL.matcher(text);
        Matcher percent = PERCENT.matcher(text);
        if (THOUSANDS.matcher(text).matches()) {
            number(cell, new BigDecimal(text.replace(".", "")), "#,##0");
        } else if (decimal.matches()) {
            String whole = decimal.group(1);
            String digits = "0".repeat(decimal.group(2).length());
            number(cell, new BigDecimal(whole.replace(".", "") + "." + decimal.group(2)),
                    (whole.contains(".") ? "#,##0." : "0.") + digits);
        } else if (percent.matches()) {
            String fraction = percent.group(2) == null ? "" : percent.group(2);
            BigDecimal v = new BigDecimal(percent.group(1) + (fraction.isEmpty() ? "" : "." + fraction));
            number(cell, v.movePointLeft(2), fraction.isEmpty() ? "0%" : "0." + "0".repeat(fraction.length()) + "%");
        } else if (WHOLE.matcher(text).matches()) {
            cell.setCellValue(Double.parseDouble(text));
        } else {
            cell.setCellValue(text);
        }
    }

    private void number(Cell cell, BigDecimal value, String format) {
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        }));
    }
}
