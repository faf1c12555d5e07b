package vn.cchc.ui.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.List;
import vn.cchc.export.ExportContext;
import vn.cchc.export.ExportLanguage;
import vn.cchc.export.PivotData;
import vn.cchc.export.PivotExporter;

/** What the heatmap shows, agencies × periods, with its totals row (ratio of sums for rates). */
public record PivotExportJob(String fileName, String title, List<ExportContext.Filter> filters, String period,
                             PivotData data, ExportLanguage language) implements ExportJob {

    @Override
    public void write(OutputStream out, ZonedDateTime at, String user) throws IOException {
        ExportContext context = new ExportContext(title, filters, period, null, at, user, List.of());
        new PivotExporter().writeXlsx(data, context, language, out);
    }

    @Override
    public String describe() {
        return AuditText.of(title, filters, data.rows().size());
    }
}
