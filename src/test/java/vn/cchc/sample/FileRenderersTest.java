package vn.cchc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.catalog.Catalog;
import vn.cchc.catalog.ReferenceData;
import vn.cchc.sample.ReportingPeriod.Kind;

/**
 * The .docx, .xlsx and .pdf files the generator writes, reopened with POI and PDFBox: shaped like
 * real reports (Word tables with merged header cells, continued tables, spanned group headers;
 * workbooks with numbers as numbers and the appendix anywhere; PDFs with an embedded font and a
 * text layer), saying they are sample data, and dated with the report, never with the clock.
 * HistoryRoundTripIT reads them back through the loader.
 */
class FileRenderersTest {

    static List<GeneratedReport> history;

    @BeforeAll
    static void generate() {
        GeneratorSettings settings = GeneratorSettings.of(32, 2022, 2023, 1).withAgencies(3, 1)
                .withPeriods(EnumSet.of(Kind.Q3, Kind.Y)).withFormats(EnumSet.of(FileFormat.DOCX, FileFormat.XLSX, FileFormat.PDF));
        history = new HistoryGenerator(Catalog.bundled(), ReferenceData.bundled(), settings).generate();
    }

    static List<GeneratedReport> of(FileFormat format) {
        List<GeneratedReport> reports = history.stream().filter(r -> r.format() == format).toList();
        assertThat(reports).extracting(GeneratedReport::fileName).as(format + " reports").hasSizeGreaterThan(2);
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.fileName()).endsWith("." + format.extension());
            assertThat(r.shape()).isNull();
        });
        return reports;
    }

    /** 08:00 UTC on the report's date line. */
    static Date savedOn(GeneratedReport r, java.time.LocalDate date) {
        return Date.from(date.atTime(8, 0).toInstant(ZoneOffset.UTC));
    }

    // ---- .docx --------------------------------------------------------------------------------

    @Test
    void wordReportsHaveRealTablesWithMergedHeadersContinuedTablesAndSpannedGroupHeaders() throws IOException {
        int continued = 0;
        int spanned = 0;
        for (GeneratedReport r : of(FileFormat.DOCX)) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.bytes()))) {
                String text = bodyText(doc);
                assertThat(text).as(r.fileName()).contains("Dữ liệu mẫu tổng hợp (synthetic sample data)")
                        .contains("THỐNG KÊ SỐ LIỆU");
                List<XWPFTable> appendix = doc.getTables().stream()
                        .filter(t -> t.getRow(0).getCell(0).getText().equals("STT")).toList();
                int forms = r.generation().equals("2021") ? 1 : (int) text.lines().filter(l -> l.startsWith("Biểu mẫu ")).count();
                assertThat(forms).as(r.fileName()).isPositive();
                assertThat(appendix.size()).as(r.fileName()).isBetween(forms, 2 * forms);
                continued += appendix.size() - forms;
                for (XWPFTable t : appendix) {
                    XWPFTableRow top = t.getRow(0);
                    assertThat(top.isRepeatHeader()).isTrue();
                    // "Kết quả thống kê" over unit and value; STT merged down.
                    assertThat(top.getTableCells()).hasSize(4);
                    assertThat(top.getCell(2).getText()).isEqualTo("Kết quả thống kê");
                    assertThat(top.getCell(2).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
                    assertThat(t.getRow(1).getCell(0).getCTTc().getTcPr().isSetVMerge()).isTrue();
                    for (XWPFTableRow row : t.getRows().subList(2, t.getRows().size())) {
                        if (row.getTableCells().size() == 2) {
                            spanned++;
                            XWPFTableCell label = row.getCell(1);
                            assertThat(label.getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(4);
                        } else {
                            assertThat(row.getTableCells()).hasSize(5);
                        }
                    }
                }
                assertThat(doc.getProperties().getCoreProperties().getCreated()).isEqualTo(savedOn(r, date(r)));
            }
            assertThat(zipEntryTimes(r.bytes())).as(r.fileName()).containsOnly(savedOn(r, date(r)).getTime());
        }
        assertThat(continued).as("tables continued after a page break").isPositive();
        assertThat(spanned).as("group headers spanning the row").isPositive();
    }

    private static String bodyText(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                text.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                text.append(t.getText()).append('\n');
            }
        }
        return text.toString();
    }

    // ---- .xlsx --------------------------------------------------------------------------------

    @Test
    void workbooksHoldTheAppendixAnywhereWithNumbersAsNumbers() throws IOException {
        int onCoverSheetWorkbooks = 0;
        int onOneSheet = 0;
        int numeric = 0;
        int textWithCounts = 0;
        List<String> starts = new ArrayList<>();
        for (GeneratedReport r : of(FileFormat.XLSX)) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
                if (workbook.getNumberOfSheets() == 2) {
                    onCoverSheetWorkbooks++;
                    assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Phụ lục");
                } else {
                    onOneSheet++;
                }
                Sheet appendix = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
                StringBuilder text = new StringBuilder();
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.STRING) {
                                text.append(cell.getStringCellValue()).append('\n');
                            }
                        }
                    }
                }
                assertThat(text.toString()).as(r.fileName()).contains("Dữ liệu mẫu tổng hợp (synthetic sample data)");
                for (Row row : appendix) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("STT")) {
                            starts.add(cell.getRowIndex() + ":" + cell.getColumnIndex());
                            Cell value = appendix.getRow(cell.getRowIndex() + 1).getCell(cell.getColumnIndex() + 3);
                            assertThat(value.getStringCellValue()).isEqualTo("Số liệu");
                            for (int k = cell.getRowIndex() + 2; k <= appendix.getLastRowNum(); k++) {
                                Row data = appendix.getRow(k);
                                Cell v = data == null ? null : data.getCell(cell.getColumnIndex() + 3);
                                if (v == null) {
                                    continue;
                                }
                                if (v.getCellType() == CellType.NUMERIC) {
                                    numeric++;
                                } else if (v.getStringCellValue().matches(".*\\(\\S+/\\S+\\)")) {
                                    textWithCounts++;
                                }
                            }
                        }
                    }
                }
                assertThat(workbook.getProperties().getCoreProperties().getCreated()).isEqualTo(savedOn(r, date(r)));
            }
        }
        assertThat(onCoverSheetWorkbooks).as("appendix after a cover sheet").isPositive();
        assertThat(onOneSheet).as("appendix under the prose").isPositive();
        assertThat(numeric).as("numeric value cells").isGreaterThan(100);
        assertThat(textWithCounts).as("rates written with their counts, as text").isPositive();
        assertThat(starts.stream().distinct().count()).as("tables start at varying cells: %s", starts).isGreaterThan(2);
    }

    // ---- .pdf ---------------------------------------------------------------------------------

    @Test
    void pdfsHaveATextLayerInAnEmbeddedFontAndFixedMetadata() throws IOException {
        for (GeneratedReport r : of(FileFormat.PDF)) {
            try (PDDocument pdf = Loader.loadPDF(r.bytes())) {
                assertThat(pdf.getNumberOfPages()).as(r.fileName()).isGreaterThan(2);
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).as(r.fileName()).contains("Dữ liệu mẫu tổng hợp (synthetic sample data)")
                        .contains("THỐNG KÊ SỐ LIỆU").contains("Chỉ tiêu thống kê");
                PDPage last = pdf.getPage(pdf.getNumberOfPages() - 1);
                assertThat(last.getMediaBox().getWidth()).as("appendix pages are landscape").isGreaterThan(last.getMediaBox().getHeight());
                for (COSName name : pdf.getPage(0).getResources().getFontNames()) {
                    PDFont font = pdf.getPage(0).getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
                Calendar created = pdf.getDocumentInformation().getCreationDate();
                assertThat(created.getTime()).isEqualTo(savedOn(r, date(r)));
                assertThat(pdf.getDocument().getTrailer().getCOSArray(COSName.ID)).isNotNull();
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The date of the report's date line, as the content gave it to the renderer. */
    private static java.time.LocalDate date(GeneratedReport r) {
        return r.date();
    }

    private static List<Long> zipEntryTimes(byte[] zip) throws IOException {
        List<Long> times = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                times.add(e.getTime());
            }
        }
        return times;
    }
}
