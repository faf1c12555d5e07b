package vn.cchc.export;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The "Bộ lọc" sheet: label–value lines saying what was exported, then the source report file
 * names, one a line. Report names and filter values are report text: written formula-safe.
 */
final class FiltersSheet {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx");

    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private final ExportLanguage language;
    private int next;

    FiltersSheet(SXSSFSheet sheet, XlsxStyles styles, ExportLanguage language) {
        this.sheet = sheet;
        this.styles = styles;
        this.language = language;
    }

    static String name(ExportLanguage language) {
        return language.pick("Bộ lọc", "Filters");
    }

    void write(ExportContext context, long rows, List<String> dataSheets, Collection<String> sourceFiles) {
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        line(language.pick("Nội dung", "Content"), context.title());
        line(language.pick("Kỳ báo cáo", "Period"), context.period());
        line(language.pick("Cấp xem", "Drill level"), context.drillLevel());
        for (ExportContext.Filter f : context.filters()) {
            line(f.label(), f.value());
        }
        line(language.pick("Thời điểm xuất", "Exported at"), AT.format(context.exportedAt()));
        line(language.pick("Người xuất", "Exported by"), context.user());
        Row count = sheet.createRow(next++);
        label(count, language.pick("Số dòng dữ liệu", "Data rows"));
        Cell n = count.createCell(1);
        n.setCellValue(rows);
        n.setCellStyle(styles.integer);
        line(language.pick("Trang dữ liệu", "Data sheets"), String.join(", ", dataSheets));
        next++;
        Row heading = sheet.createRow(next++);
        label(heading, language.pick("Báo cáo nguồn (tên tệp)", "Source reports (file names)"));
        Cell total = heading.createCell(1);
        total.setCellValue(sourceFiles.size());
        total.setCellStyle(styles.integer);
        for (String file : sourceFiles) {
            Row r = sheet.createRow(next++);
            text(r.createCell(1), file);
        }
    }

    private void line(String label, String value) {
        Row r = sheet.createRow(next++);
        label(r, label);
        if (value != null) {
            text(r.createCell(1), value);
        }
    }

    private void label(Row r, String label) {
        Cell c = r.createCell(0);
        c.setCellValue(label);
        c.setCellStyle(styles.header);
    }

    private void text(Cell c, String value) {
        c.setCellValue(value);
        c.setCellStyle(FormulaSafety.needsGuard(value) ? styles.literalText : styles.text);
    }
}
