package vn.cchc.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The streaming workbook behind both exporters: data sheets that continue on a new sheet when one
 * is full, then the filters sheet, written to a stream. Only {@value #WINDOW} rows are in memory;
 * the rest are in gzip-compressed temp files, deleted by {@link #close()}.
 */
final class XlsxWriter implements AutoCloseable {

    /** Rows kept in memory per sheet before SXSSF flushes them to its temp file. */
    static final int WINDOW = 100;
    /** Excel's limit: 1,048,576 rows a sheet, header included. */
    static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final SXSSFWorkbook wb;
    private final XlsxStyles styles;
    private final List<ExportColumn> columns;
    private final ExportLanguage language;
    private final String sheetName;
    private final int rowsPerSheet;
    private final int frozenColumns;
    private final CreationHelper helper;
    private final List<String> dataSheets = new ArrayList<>();
    private final SXSSFSheet filtersSheet;
    private SXSSFSheet sheet;
    private int nextRow;
    private long dataRows;
    private boolean filterSet;

    /**
     * @param rowsPerSheet rows a sheet holds, header included: Excel's limit, smaller in tests
     */
    XlsxWriter(List<ExportColumn> columns, ExportLanguage language, String sheetName, int rowsPerSheet, int frozenColumns) {
        if (rowsPerSheet < 2 || rowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("rows per sheet must be 2.." + EXCEL_MAX_ROWS + ": " + rowsPerSheet);
        }
        this.columns = columns;
        this.language = language;
        this.sheetName = sheetName;
        this.rowsPerSheet = rowsPerSheet;
        this.frozenColumns = frozenColumns;
        this.wb = new StreamingWorkbook(WINDOW);
        this.styles = new XlsxStyles(wb);
        this.helper = wb.getCreationHelper();
        newDataSheet();
        // The filters sheet is the second one whatever follows: continuation sheets come after it.
        this.filtersSheet = wb.createSheet(FiltersSheet.name(language));
    }

    private void newDataSheet() {
        if (sheet != null) {
            finishSheet();
        }
        String name = dataSheets.isEmpty() ? sheetName : sheetName + " (" + (dataSheets.size() + 1) + ")";
        sheet = wb.createSheet(name);
        dataSheets.add(name);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header(language));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(frozenColumns, 1);
        nextRow = 1;
        filterSet = false;
    }

    /** The autofilter covers the header and this sheet's data rows, never a totals row. */
    private void finishSheet() {
        if (!filterSet) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
            filterSet = true;
        }
    }

    void row(List<?> values) {
        if (nextRow == rowsPerSheet) {
            newDataSheet();
        }
        write(sheet.createRow(nextRow++), values, false);
        dataRows++;
    }

    /**
     * A totals row under the data, outside the autofilter.
     *
     * @param comments a note per column index, e.g. how that total was computed
     */
    void totalsRow(List<?> values, Map<Integer, String> comments) {
        finishSheet();
        if (nextRow == rowsPerSheet) {
            throw new IllegalStateException("no room for the totals row");
        }
        Row row = sheet.createRow(nextRow++);
        write(row, values, true);
        if (!comments.isEmpty()) {
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            comments.forEach((column, note) -> {
                ClientAnchor anchor = helper.createClientAnchor();
                anchor.setRow1(row.getRowNum());
                anchor.setRow2(row.getRowNum() + 3);
                anchor.setCol1(column);
                anchor.setCol2(column + 3);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(helper.createRichTextString(note));
                comment.setAuthor("CCHC Analytics");
                Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
                cell.setCellComment(comment);
            });
        }
    }

    private void write(Row row, List<?> values, boolean total) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("row " + dataRows + " has " + values.size() + " values for "
                    + columns.size() + " columns");
        }
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            ColumnType type = columns.get(c).type();
            if (v == null) {
                // Not reported: an empty cell, never 0. Totals rows keep their style for the border.
                if (total) {
                    row.createCell(c).setCellStyle(styles.forType(type, true));
                }
                continue;
            }
            Cell cell = row.createCell(c);
            if (type == ColumnType.TEXT) {
                String s = v.toString();
                cell.setCellValue(s);
                cell.setCellStyle(FormulaSafety.needsGuard(s) ? styles.literalText : styles.forType(type, total));
            } else if (v instanceof Number n) {
                double d = n.doubleValue();
                if (type == ColumnType.PERCENT) {
                    cell.setCellValue(d / 100);
                    cell.setCellStyle(styles.forType(type, total));
                } else if (type == ColumnType.INTEGER && d != Math.rint(d)) {
                    // A fractional count is shown as written, not rounded by the format.
                    cell.setCellValue(d);
                    cell.setCellStyle(styles.forType(ColumnType.DECIMAL, total));
                } else {
                    cell.setCellValue(d);
                    cell.setCellStyle(styles.forType(type, total));
                }
            } else {
                throw new IllegalArgumentException("column " + columns.get(c).headerEn() + " is numeric, got text '" + v + "'");
            }
        }
    }

    long dataRows() {
        return dataRows;
    }

    List<String> dataSheets() {
        return List.copyOf(dataSheets);
    }

    /** Writes the filters sheet and the whole workbook to {@code out} (which stays open). */
    void finish(ExportContext context, Collection<String> sourceFiles, OutputStream out) throws IOException {
        finishSheet();
        new FiltersSheet(filtersSheet, styles, language).write(context, dataRows, dataSheets, sourceFiles);
        wb.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            wb.dispose();
        } finally {
            wb.close();
        }
    }
}
