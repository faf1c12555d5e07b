package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Excel .xlsx and .xls: the appendix on a second sheet from C5 read as the text seed is. */
class SpreadsheetFormatTest {

    private static final SpreadsheetFormat SHEETS = new SpreadsheetFormat();

    @ParameterizedTest(name = "seed {0} as .{1}")
    @CsvSource({"000,xlsx", "002,xlsx", "003,xlsx", "004,xlsx", "002,xls", "003,xls", "004,xls"})
    void seedAsWorkbookReadsLikeTheTextSeed(String seed, String format) {
        byte[] bytes = format.equals("xls") ? SeedDocuments.xls(seed) : SeedDocuments.xlsx(seed);
        ParsedReport report = SeedAssertions.parse("report." + format, bytes);
        assertThat(report.shape()).isEqualTo(format + "/tabbed");
        SeedAssertions.readsLikeTheSeed(report, seed);
    }

    @ParameterizedTest(name = ".{0}")
    @CsvSource({"xlsx", "xls"})
    void theAppendixFromC5ComesOutWithItsSttColumnFirstAndValuesAsWritten(String format) throws ReportReadException {
        byte[] bytes = format.equals("xls") ? SeedDocuments.xls("004") : SeedDocuments.xlsx("004");
        DocumentText text = SHEETS.read(bytes);
        assertThat(text.format()).isEqualTo(format);
        assertThat(text.lines()).contains(
                // titles merged across the table are text lines
                "Phụ lục", "Biểu mẫu 3",
                // the merged header cells leave their columns empty
                "STT\tChỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)\tKết quả thống kê\t\tGhi chú",
                "\t\tĐơn vị tính\tSố liệu\t",
                // numbers Excel holds as numbers, shown as a Vietnamese Excel shows them: #,##0 and 0.00
                "3.1.1.\tTổng số hồ sơ TTHC đã giải quyết xong\tHồ sơ\t45.700\t",
                "3.1.\tTỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn\t%\t94,92\t",
                "2.1.\tTổng số biên chế được giao trong năm\tNgười\t3.698\t");
    }

    @Test
    void numbersAsExcelShowsThemNeverInScientificNotation() throws Exception {
        byte[] xlsx = workbook(XSSFWorkbook::new, (wb, sheet) -> {
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("1.");
            row.createCell(1).setCellValue(123456789012.0); // General: Excel shows 1,23457E+11
            row.createCell(2).setCellValue(0.9492);
            row.getCell(2).setCellStyle(style(wb, "0.00%"));
            row.createCell(3).setCellValue(96.6);
            row.createCell(4).setCellFormula("B1*2");
            row.createCell(5).setCellValue("02");
            row.createCell(6).setCellValue(true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        assertThat(SHEETS.read(xlsx).lines()).contains("1.\t123456789012\t94,92%\t96,6\t246913578024\t02\tTRUE");
        assertThat(new SpreadsheetFormat.PlainNumbers().formatRawCellContents(1.5e-7, 0, "General")).isEqualTo("0,00000015");
    }

    @Test
    void aTableStartingAnywhereIsTrimmedToItsFirstColumnAndOneCellRowsInsideStayInTheirColumn() throws Exception {
        byte[] xls = workbook(HSSFWorkbook::new, (wb, sheet) -> {
            text(sheet, 1, 0, "THỐNG KÊ SỐ LIỆU"); // a title centred over the table: merged A2:H2
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 7));
            text(sheet, 3, 3, "Biểu mẫu 1"); // a one-cell row just above the table: text
            text(sheet, 4, 3, "1.");
            text(sheet, 4, 4, "Tổng số TTHC");
            text(sheet, 4, 5, "Thủ tục");
            text(sheet, 4, 6, "77");
            text(sheet, 5, 3, "Trong đó"); // a one-cell row inside the table: keeps its column
            text(sheet, 6, 4, "Số TTHC cấp tỉnh:");
            text(sheet, 6, 5, "Thủ tục");
            text(sheet, 6, 6, "54");
            text(sheet, 9, 1, "Nơi nhận:"); // after a blank row: text again
        });
        assertThat(SHEETS.read(xls).lines()).containsExactly(
                "THỐNG KÊ SỐ LIỆU", "", "Biểu mẫu 1", "1.\tTổng số TTHC\tThủ tục\t77", "Trong đó\t\t\t",
                "\tSố TTHC cấp tỉnh:\tThủ tục\t54", "", "Nơi nhận:");
    }

    @Test
    void everySheetIsReadInOrder() throws Exception {
        byte[] xlsx = workbook(XSSFWorkbook::new, (wb, sheet) -> {
            text(sheet, 0, 0, "trang một");
            text(wb.createSheet("hai"), 0, 0, "trang hai");
        });
        assertThat(SHEETS.read(xlsx).lines()).containsExactly("trang một", "", "trang hai");
    }

    @Test
    void cellTextOnSeveralLinesIsOneCell() throws Exception {
        byte[] xlsx = workbook(XSSFWorkbook::new, (wb, sheet) -> {
            text(sheet, 0, 0, "1.");
            text(sheet, 0, 1, "Số TTHC\ncấp tỉnh\tđã công bố");
        });
        assertThat(SHEETS.read(xlsx).lines()).containsExactly("1.\tSố TTHC cấp tỉnh đã công bố");
    }

    @Test
    void aHugeSheetIsRefusedBeforeItExhaustsMemory() throws Exception {
        byte[] xlsx;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            for (int r = 0; r <= SheetGrid.MAX_CELLS / 10; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 10; c++) {
                    row.createCell(c).setCellValue(r * 10 + c);
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        assertThatThrownBy(() -> SHEETS.read(xlsx)).isInstanceOf(ReportReadException.class)
                .hasMessage("refused: more than 500000 filled cells, too large for a report");
    }

    @Test
    void acceptsByContentOnly() {
        assertThat(SHEETS.accepts(SeedDocuments.xlsx("004"))).isTrue();
        assertThat(SHEETS.accepts(SeedDocuments.xls("004"))).isTrue();
        assertThat(SHEETS.accepts(SeedDocuments.docx("004"))).isFalse();
        assertThat(SHEETS.accepts(SeedDocuments.protectedXlsx("004"))).as("encrypted: no Workbook stream").isFalse();
        assertThat(SHEETS.accepts(SeedDocuments.text("004"))).isFalse();
    }

    @Test
    void damagedWorkbooksGiveOneLineReasons() {
        byte[] xlsx = SeedDocuments.xlsx("004");
        byte[] truncated = java.util.Arrays.copyOf(xlsx, xlsx.length / 2);
        assertThatThrownBy(() -> SHEETS.read(truncated)).isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("damaged .xlsx: ");
        byte[] xls = SeedDocuments.xls("004");
        byte[] cut = java.util.Arrays.copyOf(xls, xls.length / 2);
        assertThatThrownBy(() -> SHEETS.read(cut)).isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("damaged .xls: ");
    }

    // ---- helpers ------------------------------------------------------------------------------

    interface Filler {
        void fill(Workbook wb, Sheet first) throws Exception;
    }

    private static byte[] workbook(Supplier<Workbook> create, Filler filler) throws Exception {
        try (Workbook wb = create.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(wb, wb.createSheet("một"));
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void text(Sheet sheet, int row, int column, String text) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        r.createCell(column).setCellValue(text);
    }

    private static CellStyle style(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }
}
