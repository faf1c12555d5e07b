package vn.cchc.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.ui.export.ExportJob;

/** Runs a view's export as the download would and opens the file again with POI. */
public final class Workbooks {

    private Workbooks() {
    }

    public static XSSFWorkbook written(ExportJob job) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        job.write(out, ZonedDateTime.parse("2026-11-22T09:30:00+07:00[Asia/Ho_Chi_Minh]"), "chuyen.vien");
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** All text of a sheet, cell by cell: to find a filter line or a file name. */
    public static String text(org.apache.poi.ss.usermodel.Sheet sheet) {
        StringBuilder b = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> b.append(new org.apache.poi.ss.usermodel.DataFormatter()
                .formatCellValue(cell)).append('\t')));
        return b.toString();
    }
}
