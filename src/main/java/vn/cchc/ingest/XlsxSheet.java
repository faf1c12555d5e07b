package vn.cchc.ingest;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet part (xl/worksheets/sheetN.xml) into a {@link SheetGrid}: each cell's text
 * as POI's XSSFSheetXMLHandler gave it — a number through the cell style's format
 * ({@link SpreadsheetFormat.PlainNumbers}), a formula by its cached result, a boolean as TRUE/FALSE,
 * an error as "ERROR:#…", a string from the shared table or inline — and the merged areas. Our own
 * handler rather than POI's so that a workbook needs no StylesTable nor shared strings table of
 * XMLBeans objects, and a cell costs no CellReference or rich text object.
 */
final class XlsxSheet extends DefaultHandler {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Beyond Excel's last column (XFD) SheetGrid drops the cell; such a reference takes POI's slow path. */
    private static final int FAST_COLUMNS = 16_384;

    private enum Kind { BOOLEAN, ERROR, FORMULA, INLINE_STRING, SHARED_STRING, NUMBER }

    private final XlsxStyles styles;
    private final XlsxSharedStrings strings;
    private final SpreadsheetFormat.PlainNumbers formatter;
    private final SheetGrid grid;

    private final StringBuilder value = new StringBuilder(64);
    private boolean valueOpen;
    private boolean inlineOpen;
    private Kind kind = Kind.NUMBER;
    private short formatIndex;
    private String formatString;
    private String cellRef;
    private int rowNum;
    private int nextRowNum;
    // where the cell goes: a cell without its address is the one after the previous
    private int row;
    private int column = -1;

    XlsxSheet(XlsxStyles styles, XlsxSharedStrings strings, SpreadsheetFormat.PlainNumbers formatter, SheetGrid grid) {
        this.styles = styles;
        this.strings = strings;
        this.formatter = formatter;
        this.grid = grid;
    }

    /** v, an inline string, or a t inside an inline string: elements whose characters are the value. */
    private boolean isValueTag(String name) {
        return "v".equals(name) || "inlineStr".equals(name) || ("t".equals(name) && inlineOpen);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
            merged(attributes.getValue("ref"));
        }
        if (uri != null && !NS.equals(uri)) {
            return;
        }
        if (isValueTag(localName)) {
            valueOpen = true;
            if (!inlineOpen) {
                value.setLength(0);
            }
        } else if ("is".equals(localName)) {
            inlineOpen = true;
        } else if ("f".equals(localName)) {
            if (kind == Kind.NUMBER) {
                kind = Kind.FORMULA;
            }
        } else if ("row".equals(localName)) {
            String r = attributes.getValue("r");
            rowNum = r != null ? Integer.parseInt(r.trim()) - 1 : nextRowNum;
            row = rowNum;
            column = -1;
        } else if ("c".equals(localName)) {
            startCell(attributes);
        }
    }

    private void startCell(Attributes attributes) {
        kind = Kind.NUMBER;
        formatIndex = -1;
        formatString = null;
        cellRef = attributes.getValue("r");
        String type = attributes.getValue("t");
        if ("b".equals(type)) {
            kind = Kind.BOOLEAN;
        } else if ("e".equals(type)) {
            kind = Kind.ERROR;
        } else if ("inlineStr".equals(type)) {
            kind = Kind.INLINE_STRING;
        } else if ("s".equals(type)) {
            kind = Kind.SHARED_STRING;
        } else if ("str".equals(type)) {
            kind = Kind.FORMULA;
        } else {
            String s = attributes.getValue("s");
            XlsxStyles.NumberFormat style = s != null ? styles.at(Integer.parseInt(s.trim()))
                    : styles.size() > 0 ? styles.at(0) : null;
            if (style != null) {
                formatIndex = style.index();
                formatString = style.format();
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (uri != null && !NS.equals(uri)) {
            return;
        }
        if (isValueTag(localName)) {
            valueOpen = false;
            if (!inlineOpen) {
                cell(text());
                value.setLength(0);
            }
        } else if ("is".equals(localName)) {
            inlineOpen = false;
            cell(text());
            value.setLength(0);
        } else if ("row".equals(localName)) {
            nextRowNum = rowNum + 1;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (valueOpen) {
            value.append(ch, start, length);
        }
    }

    /** The cell's text as Excel shows it. */
    private String text() {
        return switch (kind) {
            case BOOLEAN -> value.charAt(0) == '0' ? "FALSE" : "TRUE";
            case ERROR -> "ERROR:" + value;
            case FORMULA -> formatted(value.toString(), false);
            case INLINE_STRING -> XlsxSharedStrings.decoded(value.toString());
            case SHARED_STRING -> {
                String index = value.toString().trim();
                if (index.isEmpty()) {
                    yield null;
                }
                int i;
                try {
                    i = Integer.parseInt(index);
                } catch (NumberFormatException e) {
                    yield null; // POI logs and leaves the cell without text
                }
                yield strings.at(i);
            }
            case NUMBER -> formatted(value.toString(), true);
        };
    }

    /** A number through its format; text that is no number (a formula's string result) as it is. */
    private String formatted(String raw, boolean skipEmpty) {
        if (formatString == null || (skipEmpty && raw.isEmpty())) {
            return raw;
        }
        try {
            return formatter.formatRawCellContents(Double.parseDouble(raw.trim()), formatIndex, formatString);
        } catch (RuntimeException e) {
            return raw;
        }
    }

    private void cell(String text) {
        if (cellRef != null) {
            place(cellRef);
        } else {
            column++;
        }
        try {
            grid.put(row, column, text);
        } catch (ReportReadException e) {
            throw new SpreadsheetFormat.CapExceeded(e);
        }
    }

    /** Row and column of an address such as "C12"; anything else ($, sheet names, lower case) through POI. */
    private void place(String ref) {
        int i = 0;
        int col = 0;
        while (i < ref.length() && i < 3 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            col = col * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        int digits = ref.length() - i;
        boolean plain = i > 0 && digits > 0 && digits <= 7 && col - 1 < FAST_COLUMNS;
        int r = 0;
        for (int k = i; plain && k < ref.length(); k++) {
            char c = ref.charAt(k);
            plain = c >= '0' && c <= '9';
            r = r * 10 + (c - '0');
        }
        if (plain) {
            row = r - 1 < 0 ? row : r - 1;
            column = col - 1;
            return;
        }
        CellReference parsed = new CellReference(ref);
        row = parsed.getRow() < 0 ? row : parsed.getRow();
        column = parsed.getCol();
    }

    private void merged(String ref) {
        try {
            CellRangeAddress range = CellRangeAddress.valueOf(ref);
            grid.merged(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn());
        } catch (IllegalArgumentException e) {
            // a malformed range only loses the title hint
        }
    }
}
