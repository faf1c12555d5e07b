package vn.cchc.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of an .xlsx (xl/sharedStrings.xml), read as POI's ReadOnlySharedStringsTable
 * reads them without phonetic runs: each string item the text of its w:t runs, a Japanese reading
 * guide (rPh) left out, and Excel's _xHHHH_ escapes decoded when the string is looked up.
 */
final class XlsxSharedStrings {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** What POI allocates at most up front, whatever count a (hostile) part announces. */
    private static final int MOST_PREALLOCATED = 100_000;

    /** Null until an sst element is seen: a part without one holds no strings (a lookup then fails as damage). */
    private List<String> strings;

    static XlsxSharedStrings none() {
        return new XlsxSharedStrings();
    }

    static XlsxSharedStrings read(InputStream part) throws IOException, org.xml.sax.SAXException {
        XlsxSharedStrings table = new XlsxSharedStrings();
        PushbackInputStream in = new PushbackInputStream(part, 1);
        int first = in.read();
        if (first > -1) { // an empty part is no XML: no strings, as POI has it
            in.unread(first);
            OoxmlGuards.parseXml(in, table.new Handler());
        }
        return table;
    }

    /** The string at an index (0-based); out of range or without a table is damage. */
    String at(int index) {
        if (strings == null) {
            throw new IllegalStateException("a cell refers to shared string " + index + " of a workbook without shared strings");
        }
        return decoded(strings.get(index));
    }

    /** A string item's or inline string's text as POI's XSSFRichTextString gives it: Excel's _xHHHH_ escapes decoded. */
    static String decoded(String s) {
        return s.contains("_x") ? new XSSFRichTextString(s).toString() : s;
    }

    private final class Handler extends DefaultHandler {

        private StringBuilder text;
        private boolean inT;
        private boolean inPhonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (uri != null && !NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "sst" -> {
                    String count = attributes.getValue("count");
                    if (count != null) {
                        Long.parseLong(count); // POI reads it, and fails on a malformed one
                    }
                    String unique = attributes.getValue("uniqueCount");
                    int announced = unique == null ? 0 : (int) Long.parseLong(unique);
                    strings = new ArrayList<>(Math.max(0, Math.min(announced, MOST_PREALLOCATED)));
                    text = new StringBuilder(64);
                }
                case "si" -> {
                    if (text != null) {
                        text.setLength(0);
                    }
                }
                case "t" -> inT = true;
                case "rPh" -> inPhonetic = true;
                default -> {
                    // r, rPr, phoneticPr …
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (uri != null && !NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> {
                    if (strings != null && text != null) {
                        strings.add(text.toString());
                    }
                }
                case "t" -> inT = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                    // nothing to close
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inT && !inPhonetic && text != null) {
                text.append(ch, start, length);
            }
        }
    }
}
