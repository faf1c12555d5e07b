package vn.cchc.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.SAXException;

/**
 * Excel workbooks, .xlsx and .xls: every sheet in order, every row a line, as {@link SheetGrid}
 * lays them out. Cells read as Excel shows them to a Vietnamese user (DataFormatter with the vi-VN
 * locale: "45.700", "96,6", "94,92%"), which is how the values of text reports are written too;
 * numbers Excel would show in scientific notation come out in full.
 *
 * <p>.xls goes through POI's WorkbookFactory (the format itself caps a sheet at 65 536 rows).
 * .xlsx is streamed with POI's event API instead: the usermodel would build the whole sheet in
 * memory before any cap could apply, and a hostile sheet of a million rows fits in a small file.
 */
final class SpreadsheetFormat implements FormatReader {

    static final Locale VIETNAMESE = Locale.of("vi", "VN");

    @Override
    public boolean accepts(byte[] bytes) {
        return OoxmlGuards.isZipWith(bytes, "xl/workbook.xml") || Ole2.hasRootEntry(bytes, "Workbook", "Book");
    }

    @Override
    public DocumentText read(byte[] bytes) throws ReportReadException {
        if (Ole2.is(bytes)) {
            return readXls(bytes);
        }
        return readXlsx(bytes);
    }

    private static DocumentText readXlsx(byte[] bytes) throws ReportReadException {
        try (OoxmlPackage pkg = OoxmlPackage.open(bytes, "xlsx")) {
            List<String> sheets = XlsxWorkbook.sheets(pkg);
            XlsxSharedStrings strings = XlsxWorkbook.strings(pkg);
            XlsxStyles styles = XlsxWorkbook.styles(pkg);
            PlainNumbers formatter = new PlainNumbers();
            Lines lines = new Lines();
            int[] cells = {0};
            for (String part : sheets) {
                SheetGrid grid = new SheetGrid(cells);
                try (InputStream sheet = pkg.part(part)) {
                    OoxmlGuards.parseXml(sheet, new XlsxSheet(styles, strings, formatter, grid));
                }
                if (lines.size() > 0) {
                    lines.add("");
                }
                grid.writeTo(lines);
            }
            return lines.toDocument("xlsx");
        } catch (IOException | SAXException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw CapExceeded.refusal(e).orElseGet(() -> OoxmlGuards.failure("xlsx", e));
        }
    }

    private static DocumentText readXls(byte[] bytes) throws ReportReadException {
        DataFormatter formatter = new PlainNumbers();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Lines lines = new Lines();
            int[] cells = {0};
            for (Sheet sheet : workbook) {
                SheetGrid grid = new SheetGrid(cells);
                for (CellRangeAddress merged : sheet.getMergedRegions()) {
                    grid.merged(merged.getFirstRow(), merged.getLastRow(), merged.getFirstColumn(), merged.getLastColumn());
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        grid.put(cell.getRowIndex(), cell.getColumnIndex(), text(cell, formatter));
                    }
                }
                if (lines.size() > 0) {
                    lines.add("");
                }
                grid.writeTo(lines);
            }
            return lines.toDocument("xls");
        } catch (EncryptedDocumentException e) {
            throw new ReportReadException("password-protected: cannot be read");
        } catch (IOException | RuntimeException e) {
            throw ReadFailure.damaged("xls", e);
        }
    }

    /** A usermodel cell as Excel shows it; a formula by its last computed result, never its text. */
    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    /**
     * DataFormatter in the vi-VN locale that never writes scientific notation: Excel's General
     * format shows 123456789012 as "1,23457E+11", which would lose digits and read as no number.
     */
    static final class PlainNumbers extends DataFormatter {

        private static final Pattern SCIENTIFIC = Pattern.compile("-?\\d+(?:[.,]\\d+)?E[-+]?\\d+");
        private final char decimalSeparator = DecimalFormatSymbols.getInstance(VIETNAMESE).getDecimalSeparator();

        PlainNumbers() {
            super(VIETNAMESE);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return plain(super.formatRawCellContents(value, formatIndex, formatString), value);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            return plain(super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing), value);
        }

        private String plain(String formatted, double value) {
            // indexOf first: the pattern needs an 'E', which almost no formatted number has
            if (formatted == null || formatted.indexOf('E') < 0 || !SCIENTIFIC.matcher(formatted.strip()).matches()
                    || !Double.isFinite(value)) {
                return formatted;
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', decimalSeparator);
        }
    }

    /** Carries a cap's refusal out of the SAX callbacks, which may only throw unchecked exceptions here. */
    static final class CapExceeded extends RuntimeException {

        CapExceeded(ReportReadException cause) {
            super(cause.getMessage(), cause);
        }

        /** The refusal carried anywhere along the cause chain (a parser may wrap it). */
        static java.util.Optional<ReportReadException> refusal(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof CapExceeded && t.getCause() instanceof ReportReadException refused) {
                    return java.util.Optional.of(refused);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
