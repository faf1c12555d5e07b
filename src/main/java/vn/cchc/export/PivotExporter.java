package vn.cchc.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pivot export: agencies × periods for one indicator (what the heatmap shows), with a totals
 * row (see {@link PivotTotal}: ratio of sums for rates, sums for counts). The province and agency
 * columns stay frozen beside the periods.
 */
public final class PivotExporter {

    private static final int LABEL_COLUMNS = 2;

    /** What was written. */
    public record Result(int rows, int periods, int sourceFiles) {
    }

    public Result writeXlsx(PivotData data, ExportContext context, ExportLanguage language, OutputStream out)
            throws IOException {
        List<ExportColumn> columns = columns(data);
        Set<String> sources = sources(data, context);
        try (XlsxWriter writer = new XlsxWriter(columns, language, language.pick("Bảng chéo", "Pivot"),
                XlsxWriter.EXCEL_MAX_ROWS, LABEL_COLUMNS)) {
            for (PivotData.Row r : data.rows()) {
                writer.row(values(data, r));
            }
            List<PivotTotal> totals = totals(data);
            Map<Integer, String> notes = new LinkedHashMap<>();
            for (int p = 0; p < totals.size(); p++) {
                if (totals.get(p).method() == PivotTotal.Method.MEAN_OF_REPORTED_RATES) {
                    notes.put(LABEL_COLUMNS + p, language.pick(
                            "Trung bình các tỷ lệ đã báo cáo (" + totals.get(p).reported()
                                    + " báo cáo): có báo cáo không ghi tử số/mẫu số, nên không tính được tỷ lệ của tổng",
                            "Mean of reported rates (" + totals.get(p).reported()
                                    + " reports): some reports give no numerator/denominator, so no ratio of sums"));
                }
            }
            writer.totalsRow(totalsRow(data, totals, language), notes);
            writer.finish(context, sources, out);
            return new Result(data.rows().size(), data.periods().size(), sources.size());
        }
    }

    /** The same table as CSV, the totals as its last row. */
    public Result writeCsv(PivotData data, ExportContext context, ExportLanguage language, OutputStream out)
            throws IOException {
        List<List<?>> rows = new ArrayList<>(data.rows().size() + 1);
        data.rows().forEach(r -> rows.add(values(data, r)));
        rows.add(totalsRow(data, totals(data), language));
        Iterator<List<?>> it = rows.iterator();
        new CsvTableExporter().write(new ExportTable(columns(data), it), language, out);
        return new Result(data.rows().size(), data.periods().size(), sources(data, context).size());
    }

    static List<PivotTotal> totals(PivotData data) {
        List<PivotTotal> totals = new ArrayList<>();
        for (int p = 0; p < data.periods().size(); p++) {
            int column = p;
            totals.add(PivotTotal.of(data.valueType(), data.rows().stream().map(r -> r.cells().get(column)).toList()));
        }
        return totals;
    }

    private static List<ExportColumn> columns(PivotData data) {
        List<ExportColumn> columns = new ArrayList<>();
        columns.add(ExportColumn.text("Tỉnh, thành phố", "Province", 18));
        columns.add(ExportColumn.text("Cơ quan", "Agency", 34));
        for (String period : data.periods()) {
            columns.add(ExportColumn.of(period, period, data.valueType(), 11));
        }
        return columns;
    }

    private static List<Object> values(PivotData data, PivotData.Row r) {
        List<Object> values = new ArrayList<>(2 + r.cells().size());
        values.add(r.province());
        values.add(r.agency());
        for (PivotData.Cell c : r.cells()) {
            Double v = c == null ? null : c.value();
            // Coded answers are codes, not quantities: shown as written, never summed.
            values.add(v != null && data.valueType() == ColumnType.TEXT ? CsvTableExporter.number(v) : v);
        }
        return values;
    }

    private static List<Object> totalsRow(PivotData data, List<PivotTotal> totals, ExportLanguage language) {
        List<Object> values = new ArrayList<>();
        values.add(language.pick("Tổng cộng", "Total"));
        values.add(method(data.valueType(), totals, language));
        totals.forEach(t -> values.add(t.value()));
        return values;
    }

    private static String method(ColumnType type, List<PivotTotal> totals, ExportLanguage language) {
        boolean ratio = totals.stream().anyMatch(t -> t.method() == PivotTotal.Method.RATIO_OF_SUMS);
        boolean mean = totals.stream().anyMatch(t -> t.method() == PivotTotal.Method.MEAN_OF_REPORTED_RATES);
        if (type == ColumnType.TEXT) {
            return language.pick("(không cộng: câu trả lời dạng mã/chữ)", "(no total: coded or text answers)");
        }
        if (type != ColumnType.PERCENT) {
            return language.pick("Tổng", "Sum");
        }
        if (ratio && mean) {
            return language.pick("Σ tử số / Σ mẫu số; ô có ghi chú: trung bình các tỷ lệ đã báo cáo",
                    "Σ numerators / Σ denominators; cells with a note: mean of reported rates");
        }
        if (mean) {
            return language.pick("Trung bình các tỷ lệ đã báo cáo (không có tử số/mẫu số)",
                    "Mean of reported rates (no numerators/denominators)");
        }
        return language.pick("Σ tử số / Σ mẫu số", "Σ numerators / Σ denominators");
    }

    private static Set<String> sources(PivotData data, ExportContext context) {
        Set<String> sources = new TreeSet<>(context.sourceFiles());
        for (PivotData.Row r : data.rows()) {
            for (PivotData.Cell c : r.cells()) {
                if (c != null && c.sourceFile() != null) {
                    sources.add(c.sourceFile());
                }
            }
        }
        return sources;
    }
}
