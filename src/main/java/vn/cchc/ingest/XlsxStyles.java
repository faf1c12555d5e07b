package vn.cchc.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style of an .xlsx (xl/styles.xml: its numFmts and cellXfs), all a
 * sheet's numbers need to be shown as Excel shows them. POI's StylesTable read the whole part into
 * XMLBeans objects (fonts, fills, borders, the theme) — a sixth of a workbook's parse — for this.
 * Resolved as POI resolves them: a style's numFmtId (cut to a short, as POI does), its format code
 * from numFmts, else the built-in format of that id.
 */
final class XlsxStyles {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** One cell style's number format: POI's format index and format string (null: none known). */
    record NumberFormat(short index, String format) {
    }

    private final List<NumberFormat> styles;

    private XlsxStyles(List<NumberFormat> styles) {
        this.styles = styles;
    }

    /** A workbook without a styles part: POI's empty StylesTable holds one style, General. */
    static XlsxStyles none() {
        return new XlsxStyles(List.of(new NumberFormat((short) 0, BuiltinFormats.getBuiltinFormat(0))));
    }

    static XlsxStyles read(InputStream in) throws IOException, SAXException {
        Handler handler = new Handler();
        OoxmlGuards.parseXml(in, handler);
        List<NumberFormat> resolved = new ArrayList<>(handler.xfNumFmtIds.size());
        for (long id : handler.xfNumFmtIds) {
            short index = (short) (int) id;
            String format = handler.numFmts.get(index);
            resolved.add(new NumberFormat(index, format != null ? format : BuiltinFormats.getBuiltinFormat(index)));
        }
        return new XlsxStyles(resolved);
    }

    int size() {
        return styles.size();
    }

    /** The style at this index of cellXfs, or null when there is none (as POI's getStyleAt). */
    NumberFormat at(int index) {
        return index < 0 || index >= styles.size() ? null : styles.get(index);
    }

    /** Collects numFmts/numFmt (id → code) and the numFmtId of each cellXfs/xf, nothing else. */
    private static final class Handler extends DefaultHandler {

        final Map<Short, String> numFmts = new HashMap<>();
        final List<Long> xfNumFmtIds = new ArrayList<>();
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "numFmt" -> {
                    String id = attributes.getValue("numFmtId");
                    if (id != null) {
                        numFmts.put((short) Long.parseLong(id.strip()), attributes.getValue("formatCode"));
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        String id = attributes.getValue("numFmtId");
                        xfNumFmtIds.add(id == null ? 0L : Long.parseLong(id.strip()));
                    }
                }
                default -> {
                    // fonts, fills, borders, cellStyleXfs …: not needed for the text of a cell
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (NS.equals(uri) && "cellXfs".equals(localName)) {
                inCellXfs = false;
            }
        }
    }
}
