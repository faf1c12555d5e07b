package vn.cchc.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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
        OPCPackage pkg = OoxmlGuards.open(bytes, "xlsx");
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            // A workbook written by a minimal tool may have no styles part: every number is then General.
            StylesTable styles = reader.getStylesTable() == null ? new StylesTable() : reader.getStylesTable();
            Lines lines = new Lines();
            int[] cells = {0};
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                SheetGrid grid = new SheetGrid(cells);
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new MergeAwareHandler(styles, strings, new GridFiller(grid), grid));
                    parser.parse(new InputSource(sheet));
                }
                if (lines.size() > 0) {
                    lines.add("");
                }
                grid.writeTo(lines);
            }
            return lines.toDocument("xlsx");
        } catch (IOException | SAXException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                 | javax.xml.parsers.ParserConfigurationException e) {
            throw CapExceeded.refusal(e).orElseGet(() -> OoxmlGuards.failure("xlsx", e));
        } finally {
            pkg.revert();
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
            if (formatted == null || !SCIENTIFIC.matcher(formatted.strip()).matches() || !Double.isFinite(value)) {
                return formatted;
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', decimalSeparator);
        }
    }

    /** The streaming handler, also noting the sheet's merged areas (listed after its cells). */
    private static final class MergeAwareHandler extends XSSFSheetXMLHandler {

        private final SheetGrid grid;

        MergeAwareHandler(StylesTable styles, ReadOnlySharedStringsTable strings, SheetContentsHandler cells, SheetGrid grid) {
            super(styles, strings, cells, new PlainNumbers(), false);
            this.grid = grid;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                try {
                    CellRangeAddress range = CellRangeAddress.valueOf(attributes.getValue("ref"));
                    grid.merged(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn());
                } catch (IllegalArgumentException e) {
                    // a malformed range only loses the title hint
                }
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** Receives the streamed cells; a cell without its address is the one after the previous. */
    private static final class GridFiller implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final SheetGrid grid;
        private int row;
        private int column = -1;

        GridFiller(SheetGrid grid) {
            this.grid = grid;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            column = -1;
        }

        @Override
        public void endRow(int rowNum) {
            // rows are placed by their number; nothing to close
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (reference != null) {
                CellReference ref = new CellReference(reference);
                row = ref.getRow() < 0 ? row : ref.getRow();
                column = ref.getCol();
            } else {
                column++;
            }
            try {
                grid.put(row, column, formattedValue);
            } catch (ReportReadException e) {
                throw new CapExceeded(e);
            }
        }
    }

    /** Carries a cap's refusal out of the SAX callbacks, which may only throw unchecked exceptions here. */
    private static final class CapExceeded extends RuntimeException {

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
