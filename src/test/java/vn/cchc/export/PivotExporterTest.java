package vn.cchc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PivotExporterTest {

    private static PivotData.Cell rate(double value, double num, double den, String file) {
        return new PivotData.Cell(value, num, den, file);
    }

    /** Two departments: a big one at 99 % of 1,000 and a small one at 50 % of 10. */
    private static PivotData onTime() {
        return new PivotData("Tỷ lệ đúng hạn", "On-time rate", ColumnType.PERCENT, List.of("2024-Q1", "2024-Q2", "2024-Q3"),
                List.of(new PivotData.Row("Tuyên Quang", "Sở Xây dựng",
                                Arrays.asList(rate(99, 990, 1000, "a1.txt"), rate(98, 98, 100, "a2.txt"), PivotData.Cell.of(90.0))),
                        new PivotData.Row("Tuyên Quang", "Sở Tư pháp",
                                Arrays.asList(rate(50, 5, 10, "b1.txt"), null, PivotData.Cell.of(70.0)))));
    }

    private static XSSFWorkbook xlsx(PivotData data, ExportLanguage lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PivotExporter().writeXlsx(data, Exported.context(), lang, out);
        return Exported.open(out);
    }

    @Test
    void agenciesDownPeriodsAcrossWithARatioOfSumsTotal() throws IOException {
        try (XSSFWorkbook wb = xlsx(onTime(), ExportLanguage.VI)) {
            XSSFSheet pivot = wb.getSheetAt(0);
            assertThat(pivot.getSheetName()).isEqualTo("Bảng chéo");
            XSSFRow header = pivot.getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("2024-Q1");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("2024-Q3");
            assertThat(pivot.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Sở Xây dựng");
            assertThat(pivot.getRow(1).getCell(2).getNumericCellValue()).isCloseTo(0.99, within(1e-12));
            assertThat(pivot.getRow(2).getCell(3)).as("no report: empty, never 0").isNull();

            XSSFRow totals = pivot.getRow(3);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(totals.getCell(1).getStringCellValue()).startsWith("Σ tử số / Σ mẫu số");
            // (990 + 5) / (1000 + 10) = 98.51 %, not the mean of the rates (74.5 %).
            assertThat(totals.getCell(2).getNumericCellValue()).isCloseTo(995.0 / 1010, within(1e-12));
            assertThat(totals.getCell(2).getNumericCellValue()).isNotCloseTo(0.745, within(0.01));
            assertThat(totals.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00\\ %");
            assertThat(totals.getCell(2).getCellComment()).isNull();
            assertThat(totals.getCell(3).getNumericCellValue()).isCloseTo(0.98, within(1e-12));
            // 2024-Q3: rates without numerators/denominators: the mean of the reported rates, said so.
            assertThat(totals.getCell(4).getNumericCellValue()).isCloseTo(0.80, within(1e-12));
            assertThat(totals.getCell(4).getCellComment().getString().getString())
                    .startsWith("Trung bình các tỷ lệ đã báo cáo (2 báo cáo)");
            assertThat(totals.getCell(1).getStringCellValue()).contains("trung bình các tỷ lệ đã báo cáo");

            assertThat(Exported.autoFilter(pivot)).as("the totals row stays out of the filter").isEqualTo("A1:E3");
            assertThat(pivot.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
            assertThat(pivot.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            XSSFSheet filters = wb.getSheetAt(1);
            assertThat(filters.getSheetName()).isEqualTo("Bộ lọc");
            assertThat(Exported.filterValue(filters, "Báo cáo nguồn (tên tệp)")).isEqualTo("3.0");
        }
    }

    @Test
    void countsAreSummedAndAnEmptyColumnHasNoTotal() throws IOException {
        PivotData dossiers = new PivotData("Số hồ sơ", "Dossiers", ColumnType.INTEGER, List.of("2024-Q1", "2024-Q2"),
                List.of(new PivotData.Row("Tuyên Quang", "Sở Xây dựng", Arrays.asList(PivotData.Cell.of(1200.0), null)),
                        new PivotData.Row("Tuyên Quang", "Sở Tư pháp", Arrays.asList(PivotData.Cell.of(34.0), PivotData.Cell.of(null)))));
        try (XSSFWorkbook wb = xlsx(dossiers, ExportLanguage.EN)) {
            XSSFRow totals = wb.getSheetAt(0).getRow(3);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Sum");
            assertThat(totals.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(1234);
            assertThat(totals.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(totals.getCell(3).getCellType()).as("nothing reported: blank, not 0").isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void hostileAgencyNamesStayText() throws IOException {
        PivotData data = new PivotData("x", "x", ColumnType.INTEGER, List.of("2024-Q1"),
                List.of(new PivotData.Row("@evil", "=1+1", List.of(PivotData.Cell.of(1.0)))));
        try (XSSFWorkbook wb = xlsx(data, ExportLanguage.VI)) {
            XSSFRow r = wb.getSheetAt(0).getRow(1);
            assertThat(r.getCell(1).getStringCellValue()).isEqualTo("=1+1");
            assertThat(r.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(r.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void csvCarriesTheSameTotalsRow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PivotExporter().writeCsv(onTime(), Exported.context(), ExportLanguage.EN, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("\uFEFFProvince,Agency,2024-Q1,2024-Q2,2024-Q3");
        assertThat(lines.get(2)).isEqualTo("Tuyên Quang,Sở Tư pháp,50,,70");
        assertThat(lines.get(3)).startsWith("Total,Σ numerators / Σ denominators; cells with a note: mean of reported rates,98.51485148514")
                .endsWith(",98,80");
    }
}
