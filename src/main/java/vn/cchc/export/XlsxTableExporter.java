package vn.cchc.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table to .xlsx through POI's streaming SXSSF: typed, formatted numeric cells, a frozen header
 * row with an autofilter, fixed column widths, then the "Bộ lọc" sheet. Memory stays bounded
 * whatever the row count (a 100-row window; the rest spooled to compressed temp files); past
 * Excel's 1,048,576 rows the rows continue on "Dữ liệu (2)", "Dữ liệu (3)", ...
 *
 * <p>The bytes reach {@code out} once the last row has been read: an .xlsx is a zip whose sheets are
 * complete parts, so the writing (the zip of the spooled sheets) starts right after the rows end,
 * without building the file in memory first.
 */
public final class XlsxTableExporter {

    private final int rowsPerSheet;

    public XlsxTableExporter() {
        this(XlsxWriter.EXCEL_MAX_ROWS);
    }

    /** @param rowsPerSheet rows a sheet holds, header included (a test's small limit; Excel's by default) */
    public XlsxTableExporter(int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
    }

    /** What was written. */
    public record Result(long rows, List<String> dataSheets, int sourceFiles) {
    }

    /** Writes the table; {@code out} is flushed, not closed. */
    public Result write(ExportTable table, ExportContext context, ExportLanguage language, OutputStream out)
            throws IOException {
        Set<String> sources = new TreeSet<>(context.sourceFiles());
        try (XlsxWriter writer = new XlsxWriter(table.columns(), language, language.pick("Dữ liệu", "Data"),
                rowsPerSheet, 0)) {
            while (table.rows().hasNext()) {
                List<?> row = table.rows().next();
                writer.row(row);
                if (table.sourceColumn() >= 0 && row.get(table.sourceColumn()) != null) {
                    sources.add(row.get(table.sourceColumn()).toString());
                }
            }
            writer.finish(context, sources, out);
            return new Result(writer.dataRows(), writer.dataSheets(), sources.size());
        }
    }
}
