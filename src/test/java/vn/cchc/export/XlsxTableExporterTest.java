package vn.cchc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTableExporterTest {

    private static final List<ExportColumn> COLUMNS = List.of(
            ExportColumn.text("Cơ quan", "Agency", 30),
            ExportColumn.of("Số hồ sơ", "Dossiers", ColumnType.INTEGER, 12),
            ExportColumn.of("Kinh phí (triệu đồng)", "Budget (million VND)", ColumnType.DECIMAL, 14),
            ExportColumn.of("Tỷ lệ đúng hạn", "On-time rate", ColumnType.PERCENT, 12),
            ExportColumn.text("Tệp nguồn", "Source file", 28));

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static ByteArrayOutputStream export(XlsxTableExporter exporter, List<List<Object>> rows, ExportLanguage lang)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(new ExportTable(COLUMNS, rows.iterator(), 4), Exported.context("extra.docx"), lang, out);
        return out;
    }

    @Test
    void writesTypedFormattedCellsUnderAFrozenFilteredHeader() throws IOException {
        List<List<Object>> rows = List.of(
                row("Sở Xây dựng", 45700, 6786.875, 99.62, "000_a.txt"),
                row("Sở Tư pháp", 1234, null, null, "001_b.txt"));
        try (XSSFWorkbook wb = Exported.open(export(new XlsxTableExporter(), rows, ExportLanguage.VI))) {
            XSSFSheet data = wb.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("Dữ liệu");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cơ quan");
            assertThat(data.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Tỷ lệ đúng hạn");

            XSSFRow first = data.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(45700);
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(6786.875);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            // The percent cell holds the fraction; the format shows it as 99,62 % (Vietnamese) / 99.62 % (English).
            assertThat(first.getCell(3).getNumericCellValue()).isCloseTo(0.9962, within(1e-12));
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00\\ %");
            assertThat(new DataFormatter(Locale.of("vi")).formatCellValue(first.getCell(3))).isEqualTo("99,62 %");
            assertThat(new DataFormatter(Locale.US).formatCellValue(first.getCell(3))).isEqualTo("99.62 %");
            assertThat(new DataFormatter(Locale.of("vi")).formatCellValue(first.getCell(1))).isEqualTo("45.700");

            XSSFRow second = data.getRow(2);
            assertThat(second.getCell(2)).as("not reported stays empty, never 0").isNull();
            assertThat(second.getCell(3)).isNull();
            assertThat(data.getLastRowNum()).isEqualTo(2);

            PaneInformation pane = data.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            assertThat(Exported.autoFilter(data)).isEqualTo("A1:E3");
            assertThat(data.getColumnWidth(0)).isEqualTo(30 * 256);
            assertThat(data.getColumnWidth(3)).isEqualTo(12 * 256);
            assertThat(wb.getNumCellStyles()).as("a small fixed set of styles").isLessThanOrEqualTo(12);
        }
    }

    @Test
    void filtersSheetSaysWhatWhenWhoAndFromWhichReports() throws IOException {
        List<List<Object>> rows = List.of(row("Sở Xây dựng", 1, 1.5, 50.0, "b.txt"), row("Sở Tư pháp", 2, 2.5, 60.0, "a.txt"),
                row("Sở Y tế", 3, 3.5, 70.0, "b.txt"));
        try (XSSFWorkbook wb = Exported.open(export(new XlsxTableExporter(), rows, ExportLanguage.VI))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet filters = wb.getSheetAt(1);
            assertThat(filters.getSheetName()).isEqualTo("Bộ lọc");
            assertThat(Exported.filterValue(filters, "Nội dung")).isEqualTo("Tỷ lệ hồ sơ giải quyết đúng hạn");
            assertThat(Exported.filterValue(filters, "Kỳ báo cáo")).isEqualTo("2023-Q1 – 2024-Y");
            assertThat(Exported.filterValue(filters, "Cấp xem")).isEqualTo("Sở, ngành");
            assertThat(Exported.filterValue(filters, "Tỉnh")).isEqualTo("Tuyên Quang");
            assertThat(Exported.filterValue(filters, "Loại cơ quan")).isEqualTo("department");
            assertThat(Exported.filterValue(filters, "Thời điểm xuất")).isEqualTo("22/11/2026 09:30:00 +07:00");
            assertThat(Exported.filterValue(filters, "Người xuất")).isEqualTo("nguyen.van.a");
            assertThat(Exported.filterValue(filters, "Số dòng dữ liệu")).isEqualTo("3.0");
            assertThat(Exported.filterValue(filters, "Báo cáo nguồn (tên tệp)")).isEqualTo("3.0");
            List<String> files = new ArrayList<>();
            int from = filters.getLastRowNum() - 2;
            for (int r = from; r <= filters.getLastRowNum(); r++) {
                files.add(filters.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(files).as("distinct, sorted, with the context's own").containsExactly("a.txt", "b.txt", "extra.docx");
        }
    }

    @Test
    void englishHeadersAndSheetNames() throws IOException {
        try (XSSFWorkbook wb = Exported.open(export(new XlsxTableExporter(), List.of(row("X", 1, 1.0, 1.0, "f")),
                ExportLanguage.EN))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Data");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Filters");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("On-time rate");
            assertThat(Exported.filterValue(wb.getSheetAt(1), "Exported by")).isEqualTo("nguyen.van.a");
        }
    }

    @Test
    void reportTextThatLooksLikeAFormulaStaysLiteralText() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"y\")", "+84 912", "-1+2", "@SUM(A1)", "\tTab", "\rCR");
        List<List<Object>> rows = hostile.stream().map(s -> row(s, null, null, null, "=cmd|'/c calc'!A1")).toList();
        try (XSSFWorkbook wb = Exported.open(export(new XlsxTableExporter(), rows, ExportLanguage.VI))) {
            XSSFSheet data = wb.getSheetAt(0);
            for (int i = 0; i < hostile.size(); i++) {
                XSSFCell cell = data.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(hostile.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(hostile.get(i)).isTrue();
            }
            XSSFSheet filters = wb.getSheetAt(1);
            // Sorted: "=cmd..." comes before the context's "extra.docx".
            XSSFCell source = filters.getRow(filters.getLastRowNum() - 1).getCell(1);
            assertThat(source.getStringCellValue()).isEqualTo("=cmd|'/c calc'!A1");
            assertThat(source.getCellStyle().getQuotePrefixed()).isTrue();
            // Ordinary text gets no prefix.
            assertThat(Exported.open(export(new XlsxTableExporter(), List.of(row("Sở Xây dựng", 1, 1.0, 1.0, "f")),
                    ExportLanguage.VI)).getSheetAt(0).getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void rowsContinueOnTheNextSheetWhenOneIsFull() throws IOException {
        // 4 rows a sheet (header + 3): 8 data rows → 3 + 3 + 2.
        List<List<Object>> rows = IntStream.rangeClosed(1, 8).mapToObj(i -> row("A" + i, i, null, null, "f" + i))
                .map(r -> (List<Object>) r).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTableExporter.Result result = new XlsxTableExporter(4)
                .write(new ExportTable(COLUMNS, rows.iterator(), 4), Exported.context(), ExportLanguage.VI, out);
        assertThat(result.rows()).isEqualTo(8);
        assertThat(result.dataSheets()).containsExactly("Dữ liệu", "Dữ liệu (2)", "Dữ liệu (3)");
        try (XSSFWorkbook wb = Exported.open(out)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(wb.getSheetName(1)).isEqualTo("Bộ lọc");
            List<XSSFSheet> sheets = List.of(wb.getSheet("Dữ liệu"), wb.getSheet("Dữ liệu (2)"), wb.getSheet("Dữ liệu (3)"));
            List<Double> seen = new ArrayList<>();
            for (XSSFSheet s : sheets) {
                assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cơ quan");
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    seen.add(s.getRow(r).getCell(1).getNumericCellValue());
                }
            }
            assertThat(seen).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0);
            assertThat(Exported.autoFilter(sheets.get(0))).isEqualTo("A1:E4");
            assertThat(Exported.autoFilter(sheets.get(2))).isEqualTo("A1:E3");
            assertThat(Exported.filterValue(wb.getSheet("Bộ lọc"), "Trang dữ liệu"))
                    .isEqualTo("Dữ liệu, Dữ liệu (2), Dữ liệu (3)");
        }
    }

    @Test
    void aFullSheetWithNoRowLeftGetsNoEmptyContinuation() throws IOException {
        List<List<Object>> rows = IntStream.rangeClosed(1, 3).mapToObj(i -> row("A" + i, i, null, null, "f"))
                .map(r -> (List<Object>) r).toList();
        XlsxTableExporter.Result result = new XlsxTableExporter(4)
                .write(new ExportTable(COLUMNS, rows.iterator(), 4), Exported.context(), ExportLanguage.VI, new ByteArrayOutputStream());
        assertThat(result.dataSheets()).containsExactly("Dữ liệu");
    }

    @Test
    void aFractionalCountIsNotRoundedByItsFormat() throws IOException {
        try (XSSFWorkbook wb = Exported.open(export(new XlsxTableExporter(), List.of(row("X", 2.5, null, null, "f")),
                ExportLanguage.VI))) {
            XSSFCell cell = wb.getSheetAt(0).getRow(1).getCell(1);
            assertThat(cell.getNumericCellValue()).isEqualTo(2.5);
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    @Test
    void anEmptyTableStillHasItsHeaderAndFilters() throws IOException {
        try (XSSFWorkbook wb = Exported.open(export(new XlsxTableExporter(), List.of(), ExportLanguage.VI))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(Exported.autoFilter(wb.getSheetAt(0))).isEqualTo("A1:E1");
            assertThat(Exported.filterValue(wb.getSheetAt(1), "Số dòng dữ liệu")).isEqualTo("0.0");
        }
    }

    @Test
    void theSpooledTempFilesAreGzippedAndDeletedAfterwards() throws IOException {
        java.nio.file.Path poiTemp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        java.util.Set<java.nio.file.Path> before = sheetTempFiles(poiTemp);
        List<List<Object>> rows = IntStream.range(0, 500).mapToObj(i -> row("A" + i, i, null, null, "f"))
                .map(r -> (List<Object>) r).toList();
        // A table whose rows watch the temp folder while the export is running.
        java.util.Set<java.nio.file.Path> during = new java.util.HashSet<>();
        java.util.Iterator<List<Object>> it = rows.iterator();
        java.util.Iterator<List<Object>> watching = new java.util.Iterator<>() {
            public boolean hasNext() {
                if (!it.hasNext()) {
                    during.addAll(sheetTempFiles(poiTemp));
                }
                return it.hasNext();
            }

            public List<Object> next() {
                return it.next();
            }
        };
        new XlsxTableExporter().write(new ExportTable(COLUMNS, watching, 4), Exported.context(), ExportLanguage.VI,
                new ByteArrayOutputStream());
        during.removeAll(before);
        assertThat(during).as("SXSSF spooled to compressed temp files").isNotEmpty()
                .allMatch(p -> p.getFileName().toString().endsWith(".gz"));
        assertThat(sheetTempFiles(poiTemp)).doesNotContainAnyElementsOf(during);
    }

    private static java.util.Set<java.nio.file.Path> sheetTempFiles(java.nio.file.Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return java.util.Set.of();
        }
        try (var files = java.nio.file.Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("poi-sxssf-sheet"))
                    .collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
