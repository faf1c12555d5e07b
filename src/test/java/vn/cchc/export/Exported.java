package vn.cchc.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Helpers for the export tests: a context, and reading the written bytes back with POI as Excel would. */
final class Exported {

    static final ZonedDateTime AT = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));

    private Exported() {
    }

    static ExportContext context(String... sourceFiles) {
        return new ExportContext("Tỷ lệ hồ sơ giải quyết đúng hạn",
                List.of(new ExportContext.Filter("Tỉnh", "Tuyên Quang"), new ExportContext.Filter("Loại cơ quan", "department")),
                "2023-Q1 – 2024-Y", "Sở, ngành", AT, "nguyen.van.a", List.of(sourceFiles));
    }

    static XSSFWorkbook open(ByteArrayOutputStream bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The autofilter's range as Excel writes it, e.g. "A1:D3". */
    static String autoFilter(XSSFSheet sheet) {
        return sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : null;
    }

    /** Column B of the filters sheet for a label in column A. */
    static String filterValue(XSSFSheet filters, String label) {
        for (Row r : filters) {
            Cell a = r.getCell(0);
            if (a != null && label.equals(a.getStringCellValue())) {
                Cell b = r.getCell(1);
                return b == null ? null : b.toString();
            }
        }
        throw new AssertionError("no line '" + label + "' on the filters sheet");
    }
}
