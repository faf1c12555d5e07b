package vn.cchc.ingest;

import static vn.cchc.ingest.WordFonts.W;
import static vn.cchc.ingest.WordFonts.child;
import static vn.cchc.ingest.WordFonts.intVal;
import static vn.cchc.ingest.WordFonts.isW;
import static vn.cchc.ingest.WordFonts.path;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import vn.cchc.ingest.LegacyVietnameseEncoding.Encoding;

/**
 * Word .docx (the package's parts through {@link OoxmlPackage}, its main part as a DOM): the body in document order, each paragraph a line, each table row of the
 * appendix one line of cells joined by tabs — the shape {@link TabbedTextReader} reads from
 * converted seeds — so that the appendix is read from the real table cells.
 *
 * <ul>
 * <li>Tabs are table-cell separators only: a tab typed in a paragraph or a cell becomes a space,
 *     and so does a line break inside a cell.</li>
 * <li>Tables before the appendix (the header block, the signature block) are read as they print,
 *     line by line across their cells; see {@link Body#lines()}.</li>
 * <li>A cell merged across columns (gridSpan) is its text followed by empty cells, and a cell
 *     merged down from the row above (vMerge) is empty, so every row keeps the table's columns;
 *     so do the grid columns a row skips at its start (gridBefore).</li>
 * <li>A table nested in a cell is flattened into that cell's text, except when the row's only
 *     filled cell holds it: then the outer table is a frame and the inner one is the content.</li>
 * <li>A table continued over a page break is simply more rows; its repeated header rows are
 *     skipped by the appendix reader as they are in text.</li>
 * <li>Runs in a TCVN3 (".VnTime") or VNI ("VNI-Times") font are converted to Unicode, and a
 *     capitals-only TCVN3 font (".VnTimeH") is put in capitals, as Word shows it.</li>
 * <li>Text Word does not show is left out: deleted revisions, field instructions, the fallback
 *     copy of text boxes, footnote reference marks.</li>
 * </ul>
 */
final class DocxFormat implements FormatReader {

    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Tables in cells in tables…: no report nests deeper, and the recursion must end on a hostile file. */
    private static final int DEEPEST_NESTING = 16;

    @Override
    public boolean accepts(byte[] bytes) {
        return OoxmlGuards.isZipWith(bytes, "word/document.xml");
    }

    @Override
    public DocumentText read(byte[] bytes) throws ReportReadException {
        try (OoxmlPackage pkg = OoxmlPackage.open(bytes, "docx")) {
            // The main part and its styles parsed straight into a DOM: POI's XWPF object model built
            // a Java object for every paragraph, run and cell first, three quarters of a .docx's parse.
            OoxmlPackage.Relationship main = pkg.relationship("", PackageRelationshipTypes.CORE_DOCUMENT);
            Document document = main == null ? null : parse(pkg, main.target());
            Element body = document == null ? null : child(document.getDocumentElement(), "body");
            if (body == null) {
                throw new ReportReadException("damaged .docx: it has no document body");
            }
            Body reader = new Body(new WordFonts(styles(pkg, main.target())));
            reader.blocks(body, 0);
            Lines lines = new Lines();
            for (String line : reader.lines()) {
                lines.add(line);
            }
            return lines.toDocument("docx");
        } catch (IOException | SAXException | RuntimeException e) {
            throw OoxmlGuards.failure("docx", e);
        }
    }

    /** A part's XML through {@link WordXml} (POI's hardened settings: no DTD, no external entities); null when there is no such part. */
    private static Document parse(OoxmlPackage pkg, String part) throws IOException, SAXException {
        try (InputStream in = pkg.part(part)) {
            return in == null ? null : WordXml.builder().parse(in);
        }
    }

    /** The styles part's root element; none in a minimal document, whose runs then use their own fonts only. */
    private static Element styles(OoxmlPackage pkg, String main) {
        try {
            OoxmlPackage.Relationship styles = pkg.relationship(main, XWPFRelation.STYLES.getRelation());
            Document document = styles == null ? null : parse(pkg, styles.target());
            return document == null ? null : document.getDocumentElement();
        } catch (IOException | SAXException | RuntimeException e) {
            return null;
        }
    }

    /** Walks the body's XML: paragraphs and tables, and the content controls and custom XML that wrap them. */
    private static final class Body {

        /** A paragraph's line, or a table row with both its readings: one line of cells, or its printed lines. */
        private record Piece(String line, List<String> printed) {
        }

        private final WordFonts fonts;
        private final List<Piece> pieces = new ArrayList<>();

        Body(WordFonts fonts) {
            this.fonts = fonts;
        }

        /**
         * The document's lines. Tables before the appendix are layout — the header block ("UBND
         * TỈNH … / SỞ XÂY DỰNG / Số: …" beside "CỘNG HÒA … / Độc lập … / …, ngày …"), the
         * signature block, lists in the prose — and are read as they print, line by line across
         * their cells, as pdftotext gives them and the metadata detector expects. From the appendix
         * on, each row is one line of tab-separated cells for the appendix reader.
         */
        List<String> lines() {
            List<String> asRows = pieces.stream().map(Piece::line).toList();
            int appendix = AppendixLocator.start(asRows).orElse(asRows.size());
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                Piece piece = pieces.get(i);
                if (piece.printed() != null && i < appendix) {
                    lines.addAll(piece.printed());
                } else {
                    lines.add(piece.line());
                }
            }
            return lines;
        }

        void blocks(Element container, int depth) throws ReportReadException {
            for (Element block : blockChildren(container)) {
                if (isW(block, "p")) {
                    for (String line : paragraph(block).replace('\t', ' ').split("\n", -1)) {
                        add(new Piece(line, null));
                    }
                } else if (isW(block, "tbl") && depth < DEEPEST_NESTING) {
                    table(block, depth);
                }
            }
        }

        private void add(Piece piece) throws ReportReadException {
            if (pieces.size() >= Lines.MAX_LINES) {
                throw new ReportReadException("refused: more than " + Lines.MAX_LINES + " lines of text, too large for a report");
            }
            pieces.add(piece);
        }

        private void table(Element table, int depth) throws ReportReadException {
            for (Element row : wrappedChildren(table, "tr")) {
                List<Element> tcs = wrappedChildren(row, "tc");
                List<List<String>> printed = new ArrayList<>();
                for (Element tc : tcs) {
                    printed.add(isMergedOnward(child(tc, "tcPr")) ? List.of() : printedLines(tc, depth));
                }
                List<Integer> filled = new ArrayList<>();
                for (int i = 0; i < printed.size(); i++) {
                    if (!oneLine(printed.get(i)).isEmpty()) {
                        filled.add(i);
                    }
                }
                if (filled.size() == 1 && holdsTable(tcs.get(filled.getFirst())) && depth + 1 < DEEPEST_NESTING) {
                    // A frame around the real content (a one-cell layout table): read what it holds.
                    blocks(tcs.get(filled.getFirst()), depth + 1);
                    continue;
                }
                List<List<String>> cells = new ArrayList<>();
                for (int i = 0; i < intVal(path(row, "trPr", "gridBefore"), 0); i++) {
                    cells.add(List.of());
                }
                for (int i = 0; i < tcs.size(); i++) {
                    cells.add(printed.get(i));
                    int span = intVal(path(tcs.get(i), "tcPr", "gridSpan"), 1);
                    for (int s = 1; s < span; s++) {
                        cells.add(List.of());
                    }
                }
                add(new Piece(String.join("\t", cells.stream().map(Body::oneLine).toList()), printedRow(cells)));
            }
        }

        /** A row as it prints: its k-th line holds the k-th line of each cell. */
        private static List<String> printedRow(List<List<String>> cells) {
            int height = cells.stream().mapToInt(List::size).max().orElse(0);
            List<String> lines = new ArrayList<>();
            for (int k = 0; k < height; k++) {
                List<String> across = new ArrayList<>();
                for (List<String> cell : cells) {
                    across.add(k < cell.size() ? cell.get(k) : "");
                }
                String line = String.join("\t", across);
                lines.add(line.isBlank() ? "" : line);
            }
            return lines;
        }

        /** A cell's text on one line: its lines joined by spaces, blank ones left out. */
        private static String oneLine(List<String> printed) {
            StringBuilder line = new StringBuilder();
            for (String p : printed) {
                String s = p.strip();
                if (!s.isEmpty()) {
                    if (!line.isEmpty()) {
                        line.append(' ');
                    }
                    line.append(s);
                }
            }
            return line.toString();
        }

        /** A cell's lines as it prints: its paragraphs (split at line breaks), a nested table's rows one line each. */
        private List<String> printedLines(Element cell, int depth) {
            List<String> lines = new ArrayList<>();
            for (Element block : blockChildren(cell)) {
                if (isW(block, "p")) {
                    for (String line : paragraph(block).split("\n", -1)) {
                        lines.add(line.replace('\t', ' ').replace('\r', ' ').strip());
                    }
                } else if (isW(block, "tbl") && depth + 1 < DEEPEST_NESTING) {
                    for (Element row : wrappedChildren(block, "tr")) {
                        List<String> nested = new ArrayList<>();
                        for (Element tc : wrappedChildren(row, "tc")) {
                            nested.add(isMergedOnward(child(tc, "tcPr")) ? "" : oneLine(printedLines(tc, depth + 1)));
                        }
                        lines.add(oneLine(nested));
                    }
                }
            }
            return lines;
        }

        private static boolean holdsTable(Element cell) {
            return blockChildren(cell).stream().anyMatch(b -> isW(b, "tbl"));
        }

        /** Continues a merge: vertical from the row above, or the old horizontal kind. */
        private static boolean isMergedOnward(Element tcPr) {
            if (tcPr == null) {
                return false;
            }
            for (String merge : List.of("vMerge", "hMerge")) {
                Element m = child(tcPr, merge);
                if (m != null && !"restart".equals(m.getAttributeNS(W, "val"))) {
                    return true;
                }
            }
            return false;
        }

        /** A paragraph's visible text, its legacy-font runs converted; line breaks kept as "\n". */
        private String paragraph(Element p) {
            Element style = path(p, "pPr", "pStyle");
            RunText text = new RunText();
            walk(p, style == null ? null : style.getAttributeNS(W, "val"), null, text);
            return text.toString();
        }

        private void walk(Node node, String paragraphStyle, String font, RunText text) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                if (!W.equals(e.getNamespaceURI())) {
                    // Drawing and compatibility wrappers; of mc:AlternateContent only the Choice, not its copy.
                    if (!(MC.equals(e.getNamespaceURI()) && "Fallback".equals(e.getLocalName()))) {
                        walk(e, paragraphStyle, font, text);
                    }
                    continue;
                }
                switch (e.getLocalName()) {
                    case "r" -> walk(e, paragraphStyle, fonts.of(e, paragraphStyle), text);
                    case "t" -> text.append(font, textOf(e));
                    case "tab", "ptab" -> text.append(font, "\t");
                    case "br", "cr" -> text.append(font, "\n");
                    case "noBreakHyphen" -> text.append(font, "-");
                    case "sym" -> text.append(e.getAttributeNS(W, "font"), symbol(e));
                    case "p" -> { // a paragraph of a text box
                        Element style = path(e, "pPr", "pStyle");
                        walk(e, style == null ? null : style.getAttributeNS(W, "val"), null, text);
                        text.append(null, "\n");
                    }
                    case "del", "moveFrom", "delText", "delInstrText", "instrText", "rPr", "pPr",
                         "footnoteReference", "endnoteReference", "commentReference" -> {
                        // not shown as text
                    }
                    default -> walk(e, paragraphStyle, font, text);
                }
            }
        }

        /** The text nodes of a w:t (XMLBeans' DOM has no getTextContent). */
        private static String textOf(Element t) {
            StringBuilder text = new StringBuilder();
            for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    text.append(n.getNodeValue());
                }
            }
            return text.toString();
        }

        private static String symbol(Element sym) {
            try {
                return String.valueOf((char) Integer.parseInt(sym.getAttributeNS(W, "char"), 16));
            } catch (NumberFormatException e) {
                return "";
            }
        }

        /** Paragraphs and tables, looking through content controls and custom XML. */
        private static List<Element> blockChildren(Element container) {
            List<Element> blocks = new ArrayList<>();
            for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (isW(n, "p") || isW(n, "tbl")) {
                    blocks.add((Element) n);
                } else if (isW(n, "sdt")) {
                    Element content = child((Element) n, "sdtContent");
                    if (content != null) {
                        blocks.addAll(blockChildren(content));
                    }
                } else if (isW(n, "customXml")) {
                    blocks.addAll(blockChildren((Element) n));
                }
            }
            return blocks;
        }

        /** Rows of a table or cells of a row, also those wrapped in a content control or custom XML. */
        private static List<Element> wrappedChildren(Element parent, String localName) {
            List<Element> found = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (isW(n, localName)) {
                    found.add((Element) n);
                } else if (isW(n, "sdt")) {
                    Element content = child((Element) n, "sdtContent");
                    if (content != null) {
                        found.addAll(wrappedChildren(content, localName));
                    }
                } else if (isW(n, "customXml")) {
                    found.addAll(wrappedChildren((Element) n, localName));
                }
            }
            return found;
        }
    }

    /**
     * A paragraph's text gathered run by run with the encoding each run's font implies. Adjacent
     * runs in the same encoding are converted together: Word splits runs anywhere (spelling marks,
     * revisions), also between a VNI letter and its mark byte.
     */
    private static final class RunText {

        private record Segment(Optional<Encoding> encoding, boolean capitals, StringBuilder text) {
        }

        private final List<Segment> segments = new ArrayList<>();

        void append(String font, String s) {
            Optional<Encoding> encoding = LegacyVietnameseEncoding.ofFont(font);
            boolean capitals = LegacyVietnameseEncoding.isCapitalsFont(font);
            Segment last = segments.isEmpty() ? null : segments.getLast();
            if (last != null && Objects.equals(last.encoding(), encoding) && last.capitals() == capitals) {
                last.text().append(s);
            } else {
                segments.add(new Segment(encoding, capitals, new StringBuilder(s)));
            }
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            for (Segment s : segments) {
                String text = s.text().toString();
                // A legacy font over real Unicode letters (typed later with a Unicode keyboard) is left alone.
                if (s.encoding().isPresent() && LegacyVietnameseEncoding.fitsInBytes(text)) {
                    text = LegacyVietnameseEncoding.decode(text, s.encoding().get());
                    if (s.capitals()) {
                        text = text.toUpperCase(Locale.ROOT);
                    }
                }
                out.append(text);
            }
            return out.toString();
        }
    }
}
