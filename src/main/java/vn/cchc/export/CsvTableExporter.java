package vn.cchc.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table to CSV for scheduled jobs and other tools: UTF-8 with a byte-order mark (without it Excel
 * reads the Vietnamese as Windows-1252), comma-separated, RFC 4180 quoting, CRLF line ends.
 * Numbers are written for machines: a decimal point, no thousands separator, percentages as the
 * reports write them (99.62), nothing for "not reported" (never 0). Report text starting with
 * = + - @ tab or CR gets a leading apostrophe so that a spreadsheet opening the file shows it as
 * text instead of running it. Rows go out as they come: the first bytes leave at once.
 */
public final class CsvTableExporter {

    private static final char BOM = '\uFEFF';

    /** Writes the table and returns the number of data rows; {@code out} is flushed, not closed. */
    public long write(ExportTable table, ExportLanguage language, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(BOM);
        List<ExportColumn> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            w.write(text(columns.get(c).header(language)));
        }
        w.write("\r\n");
        long rows = 0;
        while (table.rows().hasNext()) {
            List<?> row = table.rows().next();
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + rows + " has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    w.write(',');
                }
                Object v = row.get(c);
                if (v != null) {
                    w.write(columns.get(c).type() == ColumnType.TEXT || !(v instanceof Number n) ? text(v.toString()) : number(n));
                }
            }
            w.write("\r\n");
            rows++;
        }
        w.flush();
        return rows;
    }

    /** 1234, 99.62, 0.5: the shortest exact form, never an exponent. */
    static String number(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.toString();
        }
        double d = n.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String text(String s) {
        String safe = FormulaSafety.needsGuard(s) ? "'" + s : s;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
