package vn.cchc.ui.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.List;
import vn.cchc.export.ExportColumn;
import vn.cchc.export.ExportContext;
import vn.cchc.export.ExportLanguage;
import vn.cchc.export.ExportTable;
import vn.cchc.export.XlsxTableExporter;

/**
 * A view's table (or a chart's data) as an .xlsx: the rows the view shows, its columns typed, the
 * filters and drill level on the "Bộ lọc" sheet.
 *
 * @param sourceColumn the column holding report file names, or -1
 */
public record TableExportJob(String fileName, String title, List<ExportContext.Filter> filters, String period,
                             String drillLevel, List<ExportColumn> columns, List<List<Object>> rows, int sourceColumn,
                             List<String> sourceFiles, ExportLanguage language) implements ExportJob {

    @Override
    public void write(OutputStream out, ZonedDateTime at, String user) throws IOException {
        ExportContext context = new ExportContext(title, filters, period, drillLevel, at, user, sourceFiles);
        new XlsxTableExporter().write(new ExportTable(columns, rows.iterator(), sourceColumn), context, language, out);
    }

    @Override
    public String describe() {
        return AuditText.of(title, filters, rows.size());
    }
}
