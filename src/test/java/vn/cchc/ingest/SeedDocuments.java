package vn.cchc.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.cchc.ingest.LegacyVietnameseEncoding.Encoding;

/**
 * Real-shaped report files built from the seed reports: the seed's prose as paragraphs and its
 * appendix as real tables (.docx with merged header cells and tables split at page breaks with
 * their header repeated; .xlsx/.xls with the appendix on a second sheet from C5; .pdf laid out as
 * a table with PDFBox and a Unicode TrueType font), in legacy encodings too, and the hostile files
 * a loader must refuse. Everything is generated, nothing is a binary fixture.
 */
public final class SeedDocuments {

    public static final String S000 = "000";
    public static final String S001 = "001";
    public static final String S002 = "002";
    public static final String S003 = "003";
    public static final String S004 = "004";

    private static final Map<String, String> FILES = Map.of(
            S000, "000_325df2895e38e3a8.txt", S001, "001_5861b1071b6d393a.txt", S002, "002_fff703ffbe76582a.txt",
            S003, "003_6e93ae04989b8532.txt", S004, "004_197f7b6bb391846f.txt");
    private static final Pattern MARKUP = Pattern.compile("(?is)<sup>.*?</sup>|</?[bi]>|\\*\\*|</?[a-z][a-z0-9]*[^>]*>");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,(\\d+)");
    private static final Pattern WHOLE = Pattern.compile("[1-9]\\d{0,8}");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})%");

    private SeedDocuments() {
    }

    // ---- the seeds as text --------------------------------------------------------------------

    public static String fileName(String seed) {
        return FILES.get(seed);
    }

    public static List<String> lines(String seed) {
        return AppendixSeeds.lines(seed);
    }

    public static byte[] text(String seed) {
        try (InputStream in = SeedDocuments.class.getResourceAsStream("/sample/seeds/" + FILES.get(seed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's text in a legacy encoding, as an old .txt export holds it (TCVN3 capitals lost to lower case). */
    public static byte[] legacyText(String seed, Encoding encoding) {
        String text = String.join("\n", lines(seed));
        return LegacyVietnameseEncoding.bytes(encode(text, encoding));
    }

    /** seeds/expected.csv for one seed: key → expected ("NULL" for not reported). */
    public static Map<String, String> expected(String seed) {
        String csv = new String(textResource("/seeds/expected.csv"), StandardCharsets.UTF_8);
        Map<String, String> expected = new LinkedHashMap<>();
        csv.lines().skip(1).filter(l -> l.startsWith(FILES.get(seed) + ",")).map(l -> l.split(",", 4))
                .forEach(f -> expected.put(f[1], f[2]));
        return expected;
    }

    // ---- .docx --------------------------------------------------------------------------------

    public static byte[] docx(String seed) {
        return docx(seed, null);
    }

    /**
     * The seed as Word writes it: paragraphs with bold/italic runs, each run of tab lines a table
     * whose two-row header has its merged cells (STT, label and note merged down, "Kết quả thống
     * kê" across unit and value) and is marked to repeat; where the seed repeats the header (a page
     * break), a page break and a new table with the header again. With {@code legacy}, the text is
     * in TCVN3 (.VnTime as the document's default font; accented capitals in .VnTimeH, as typists
     * did) or VNI (VNI-Times on every run).
     */
    public static byte[] docx(String seed, Encoding legacy) {
        return docx(seed, legacy, null, null);
    }

    /**
     * The seed as Word with the usual header block in place of the seed's own first lines: a
     * two-column borderless table, the issuing body and document number on the left, the national
     * motto and the place and date on the right, one paragraph a line.
     */
    public static byte[] docxWithHeaderTable(String seed, List<String> left, List<String> right) {
        return docx(seed, null, left, right);
    }

    private static byte[] docx(String seed, Encoding legacy, List<String> headerLeft, List<String> headerRight) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> lines = lines(seed);
            if (headerLeft != null) {
                XWPFTable header = doc.createTable(1, 2);
                header.removeBorders();
                for (int c = 0; c < 2; c++) {
                    XWPFTableCell cell = header.getRow(0).getCell(c);
                    List<String> paragraphs = c == 0 ? headerLeft : headerRight;
                    for (int i = 0; i < paragraphs.size(); i++) {
                        runs(i == 0 ? cell.getParagraphs().getFirst() : cell.addParagraph(), paragraphs.get(i), null);
                    }
                }
                int title = 0;
                while (!VietnameseText.stripMarkup(lines.get(title)).equals("BÁO CÁO")) {
                    title++;
                }
                lines = lines.subList(title, lines.size());
            }
            if (legacy == Encoding.TCVN3) {
                CTFonts fonts = CTFonts.Factory.newInstance();
                fonts.setAscii(".VnTime");
                fonts.setHAnsi(".VnTime");
                doc.createStyles().setDefaultFonts(fonts);
            }
            for (Block block : blocks(lines)) {
                if (block.paragraph() != null) {
                    runs(doc.createParagraph(), block.paragraph(), legacy);
                    continue;
                }
                List<List<List<String>>> parts = splitAtRepeatedHeader(block.rows());
                for (int i = 0; i < parts.size(); i++) {
                    if (i > 0) {
                        doc.createParagraph().setPageBreak(true);
                    }
                    table(doc, parts.get(i), legacy);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, List<List<String>> rows, Encoding legacy) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), columns);
        boolean header = isHeaderPair(rows);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < columns; c++) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                runs(row.getCell(c).getParagraphs().getFirst(), text, legacy);
            }
        }
        if (header) {
            mergeHeader(table, rows.get(0), rows.get(1), columns);
        }
    }

    /** STT, label and note merged down over the second header row; a title over empty cells merged across. */
    private static void mergeHeader(XWPFTable table, List<String> first, List<String> second, int columns) {
        XWPFTableRow top = table.getRow(0);
        XWPFTableRow bottom = table.getRow(1);
        top.setRepeatHeader(true);
        bottom.setRepeatHeader(true);
        for (int c = columns - 1; c >= 0; c--) {
            boolean titled = !cell(first, c).isBlank();
            if (titled && cell(second, c).isBlank()) {
                tcPr(top.getCell(c)).addNewVMerge().setVal(STMerge.RESTART);
                tcPr(bottom.getCell(c)).addNewVMerge();
                continue;
            }
            int end = c;
            while (titled && end + 1 < columns && cell(first, end + 1).isBlank() && !cell(second, end + 1).isBlank()) {
                end++;
            }
            if (end > c) {
                for (int k = end; k > c; k--) {
                    top.removeCell(k);
                }
                tcPr(top.getCell(c)).addNewGridSpan().setVal(BigInteger.valueOf(end - c + 1L));
            }
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void runs(XWPFParagraph paragraph, String markedUp, Encoding legacy) {
        String text = markedUp.replaceFirst("^\\s*#{1,6}\\s+", "").replace("\\*", "\uE000");
        Matcher tag = MARKUP.matcher(text);
        boolean bold = false;
        boolean italic = false;
        int at = 0;
        boolean capitalsLine = isAllCapitals(VietnameseText.stripMarkup(markedUp));
        while (true) {
            boolean found = tag.find();
            String piece = text.substring(at, found ? tag.start() : text.length()).replace('\uE000', '*');
            if (!piece.isEmpty()) {
                legacyRuns(paragraph, piece, bold, italic, legacy, capitalsLine);
            }
            if (!found) {
                return;
            }
            String t = tag.group().toLowerCase(Locale.ROOT);
            switch (t) {
                case "<b>" -> bold = true;
                case "</b>" -> bold = false;
                case "**" -> bold = !bold;
                case "<i>" -> italic = true;
                case "</i>" -> italic = false;
                default -> {
                    // <sup> footnote marks and other tags: no text in Word's body
                }
            }
            at = tag.end();
        }
    }

    private static void legacyRuns(XWPFParagraph paragraph, String text, boolean bold, boolean italic, Encoding legacy,
                                   boolean capitalsLine) {
        if (legacy == null) {
            run(paragraph, text, bold, italic, null);
        } else if (legacy == Encoding.VNI) {
            run(paragraph, encode(text, Encoding.VNI), bold, italic, "VNI-Times");
        } else if (capitalsLine) {
            run(paragraph, encode(text.toLowerCase(Locale.ROOT), Encoding.TCVN3), bold, italic, ".VnTimeH");
        } else {
            // An accented capital has no TCVN3 code: typists switched to .VnTimeH for that letter.
            StringBuilder plain = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                String c = String.valueOf(text.charAt(i));
                if (needsCapitalsFont(c)) {
                    if (!plain.isEmpty()) {
                        run(paragraph, encode(plain.toString(), Encoding.TCVN3), bold, italic, null);
                        plain.setLength(0);
                    }
                    run(paragraph, encode(c.toLowerCase(Locale.ROOT), Encoding.TCVN3), bold, italic, ".VnTimeH");
                } else {
                    plain.append(c);
                }
            }
            if (!plain.isEmpty()) {
                run(paragraph, encode(plain.toString(), Encoding.TCVN3), bold, italic, null);
            }
        }
    }

    /**
     * The text in the legacy encoding; what it cannot write is dropped (superscript footnote marks:
     * "¹" is "ạ" in TCVN3) or becomes "?", as a conversion tool would do.
     */
    static String encode(String text, Encoding encoding) {
        StringBuilder out = new StringBuilder();
        String nfc = VietnameseText.nfc(text);
        for (int i = 0; i < nfc.length(); i++) {
            String c = String.valueOf(nfc.charAt(i));
            try {
                out.append(LegacyVietnameseEncoding.encode(c, encoding));
            } catch (IllegalArgumentException e) {
                out.append("¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c) ? "" : "?");
            }
        }
        return out.toString();
    }

    private static boolean needsCapitalsFont(String c) {
        String lower = c.toLowerCase(Locale.ROOT);
        return !lower.equals(c) && encode(c, Encoding.TCVN3)
                .equals(encode(lower, Encoding.TCVN3));
    }

    private static boolean isAllCapitals(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, String font) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        if (font != null) {
            run.setFontFamily(font);
        }
    }

    // ---- .xlsx / .xls -------------------------------------------------------------------------

    public static byte[] xlsx(String seed) {
        return spreadsheet(seed, new XSSFWorkbook());
    }

    public static byte[] xls(String seed) {
        return spreadsheet(seed, new HSSFWorkbook());
    }

    /**
     * The report's prose on a first sheet (one paragraph a row in column A), its appendix on a
     * second sheet starting at C5: titles merged across the table, the header's merged cells,
     * values as Excel holds them — "45.700" a number formatted #,##0, "94,92" a number formatted
     * 0.00, "100%" a number formatted 0%, "02" and "-" text.
     */
    private static byte[] spreadsheet(String seed, Workbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> lines = lines(seed);
            int start = AppendixLocator.start(lines).orElseThrow();
            Sheet prose = workbook.createSheet("Báo cáo");
            for (int i = 0; i < start; i++) {
                String[] cells = lines.get(i).split("\t", -1);
                Row row = prose.createRow(i);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isBlank()) {
                        row.createCell(c).setCellValue(VietnameseText.stripMarkup(cells[c]));
                    }
                }
            }
            Sheet appendix = workbook.createSheet("Phụ lục");
            Formats formats = new Formats(workbook);
            int r = 4;
            final int first = 2;
            List<String> previous = List.of();
            List<String> appendixLines = lines.subList(start, lines.size());
            for (int i = 0; i < appendixLines.size(); i++) {
                String line = appendixLines.get(i);
                if (line.isBlank() && !previous.isEmpty() && nextIsTableRow(appendixLines, i)) {
                    continue; // a page break inside a table (seed 003) is no blank row in Excel
                }
                Row row = appendix.createRow(r);
                if (!line.contains("\t")) {
                    String text = VietnameseText.stripMarkup(line);
                    if (!text.isEmpty()) {
                        row.createCell(first).setCellValue(text);
                        String folded = VietnameseText.fold(text);
                        if (folded.startsWith("bieu mau") || folded.contains("thong ke so lieu") || folded.startsWith("phu luc")) {
                            appendix.addMergedRegion(new CellRangeAddress(r, r, first, first + 4));
                        }
                    }
                    r++;
                    previous = List.of();
                    continue;
                }
                List<String> cells = Arrays.stream(line.split("\t", -1)).map(VietnameseText::stripMarkup).toList();
                if (cells.stream().allMatch(c -> c.matches("-*"))) {
                    continue; // a Markdown table rule, no row of the real table
                }
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        value(row.createCell(first + c), cells.get(c), c == 3, formats);
                    }
                }
                if (isHeaderPair(List.of(previous, cells))) {
                    mergeHeader(appendix, r - 1, first, previous, cells);
                }
                previous = cells;
                r++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean nextIsTableRow(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).contains("\t");
            }
        }
        return false;
    }

    private static void mergeHeader(Sheet sheet, int top, int first, List<String> upper, List<String> lower) {
        int columns = Math.max(upper.size(), lower.size());
        for (int c = 0; c < columns; c++) {
            if (cell(upper, c).isBlank()) {
                continue;
            }
            if (cell(lower, c).isBlank()) {
                sheet.addMergedRegion(new CellRangeAddress(top, top + 1, first + c, first + c));
                continue;
            }
            int end = c;
            while (end + 1 < columns && cell(upper, end + 1).isBlank() && !cell(lower, end + 1).isBlank()) {
                end++;
            }
            if (end > c) {
                sheet.addMergedRegion(new CellRangeAddress(top, top, first + c, first + end));
            }
        }
    }

    private static void value(Cell cell, String text, boolean valueColumn, Formats formats) {
        Matcher decimal = DECIMAL_COMMA.matcher(text);
        Matcher percent = PERCENT.matcher(text);
        if (!valueColumn) {
            cell.setCellValue(text);
        } else if (THOUSANDS.matcher(text).matches()) {
            cell.setCellValue(Double.parseDouble(text.replace(".", "")));
            cell.setCellStyle(formats.get("#,##0"));
        } else if (decimal.matches()) {
            cell.setCellValue(Double.parseDouble(text.replace(',', '.')));
            cell.setCellStyle(formats.get("0." + "0".repeat(decimal.group(1).length())));
        } else if (percent.matches()) {
            cell.setCellValue(Integer.parseInt(percent.group(1)) / 100.0);
            cell.setCellStyle(formats.get("0%"));
        } else if (WHOLE.matcher(text).matches()) {
            cell.setCellValue(Double.parseDouble(text));
        } else {
            cell.setCellValue(text);
        }
    }

    /** One cell style per number format, as Excel keeps them. */
    private static final class Formats {
        private final Workbook workbook;
        private final Map<String, CellStyle> styles = new LinkedHashMap<>();

        Formats(Workbook workbook) {
            this.workbook = workbook;
        }

        CellStyle get(String format) {
            return styles.computeIfAbsent(format, f -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            });
        }
    }

    // ---- .pdf ---------------------------------------------------------------------------------

    /** A Unicode TrueType font with the Vietnamese letters, from the system's fonts. */
    public static Optional<Path> unicodeFont() {
        Path dir = Path.of("/usr/share/fonts");
        List<String> preferred = List.of("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "NotoSans-Regular.ttf", "FreeSans.ttf");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> fonts = walk.filter(p -> preferred.contains(p.getFileName().toString())).toList();
            return preferred.stream().flatMap(name -> fonts.stream().filter(p -> p.getFileName().toString().equals(name)))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The seed as a PDF printed from Word: prose on portrait pages, wrapped; the appendix on
     * landscape pages as a table — code, label, unit, value and note columns, long cells wrapped
     * within their column, top-aligned — with the header repeated and the page number at the top
     * of every page, as Word prints a table over several pages.
     */
    public static byte[] pdfTable(String seed, Path font) {
        try (PdfWriter pdf = new PdfWriter(font, true)) {
            List<String> lines = lines(seed);
            int start = AppendixLocator.start(lines).orElseThrow();
            pdf.page(false);
            for (String line : lines.subList(0, start)) {
                if (!line.isBlank()) {
                    pdf.paragraph(VietnameseText.stripMarkup(line.replace('\t', ' ')), 40, 515);
                }
            }
            pdf.page(true);
            List<String> header = null;
            for (Block block : blocks(lines.subList(start, lines.size()))) {
                if (block.paragraph() != null) {
                    pdf.paragraph(VietnameseText.stripMarkup(block.paragraph()), 40, 760);
                    continue;
                }
                for (List<String> row : block.rows()) {
                    List<String> cells = row.stream().map(VietnameseText::stripMarkup).toList();
                    if (cells.stream().allMatch(c -> c.matches("-*"))) {
                        continue;
                    }
                    if (cell(cells, 0).equalsIgnoreCase("STT")) {
                        header = cells;
                        pdf.tableHeader(cells);
                    } else if (header != null && cell(cells, 0).isEmpty() && cell(cells, 1).isEmpty()
                            && cells.stream().anyMatch(c -> VietnameseText.fold(c).equals("don vi tinh"))) {
                        continue; // the second header row, drawn with the first
                    } else {
                        pdf.tableRow(cells);
                    }
                }
            }
            return pdf.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's lines written as they stand, one text line each (for seed 001, pdftotext output to begin with). */
    public static byte[] pdfLines(String seed, Path font) {
        try (PdfWriter pdf = new PdfWriter(font, false)) {
            pdf.page(true);
            for (String line : lines(seed)) {
                pdf.line(line.replace('\t', ' ').stripTrailing(), 30);
            }
            return pdf.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned report: one page holding only an image, no text layer. */
    public static byte[] scannedPdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 40, 200, 515, 600);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage scan() {
        BufferedImage image = new BufferedImage(400, 460, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 460);
        g.setColor(Color.BLACK);
        for (int y = 40; y < 440; y += 14) {
            g.fillRect(30, y, 180 + (y * 37) % 160, 6); // lines of "text" as pixels
        }
        g.dispose();
        return image;
    }

    /** Writes text at positions, page after page, with an embedded subset of a Unicode font. */
    private static final class PdfWriter implements AutoCloseable {

        private static final float SIZE = 9;
        private static final float LEADING = 11;
        private static final float[] COLUMN_X = {40, 90, 475, 575, 660};
        private static final float[] COLUMN_WIDTH = {45, 375, 95, 80, 142};

        private final PDDocument doc = new PDDocument();
        private final PDType0Font font;
        private final boolean numbered;
        private PDPageContentStream stream;
        private PDPage page;
        private boolean landscape;
        private float y;
        private int pageNumber;
        private List<String> header;

        /** @param numbered whether to print page numbers (at the top, as seed 001 shows them) */
        PdfWriter(Path fontFile, boolean numbered) throws IOException {
            this.font = PDType0Font.load(doc, fontFile.toFile());
            this.numbered = numbered;
        }

        void page(boolean landscapePage) throws IOException {
            closeStream();
            landscape = landscapePage;
            page = new PDPage(landscapePage ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = page.getMediaBox().getHeight() - 40;
            pageNumber++;
            if (numbered && pageNumber > 1) {
                text(page.getMediaBox().getWidth() / 2, y, String.valueOf(pageNumber));
                y -= 2 * LEADING;
            }
        }

        void line(String text, float x) throws IOException {
            ensureRoom(1);
            if (!text.isBlank()) {
                text(x, y, text);
            }
            y -= LEADING;
        }

        void paragraph(String text, float x, float width) throws IOException {
            for (String line : wrap(text, width)) {
                line(line, x);
            }
        }

        void tableHeader(List<String> cells) throws IOException {
            header = cells;
            drawHeader();
        }

        private void drawHeader() throws IOException {
            String label = cell(header, 1);
            int paren = label.indexOf(" (");
            List<String> labelLines = paren > 0 ? List.of(label.substring(0, paren), label.substring(paren + 1)) : List.of(label);
            ensureRoom(labelLines.size() + 2);
            text(COLUMN_X[0], y, "STT");
            text(COLUMN_X[1], y, labelLines.getFirst());
            text(COLUMN_X[2], y, cell(header, 2));
            text(COLUMN_X[4], y, cell(header, 4));
            y -= LEADING;
            for (String more : labelLines.subList(1, labelLines.size())) {
                text(COLUMN_X[1], y, more);
                y -= LEADING;
            }
            text(COLUMN_X[2], y, "Đơn vị tính");
            text(COLUMN_X[3], y, "Số liệu");
            y -= LEADING * 1.5f;
        }

        void tableRow(List<String> cells) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < COLUMN_X.length; c++) {
                List<String> lines = wrap(cell(cells, c), COLUMN_WIDTH[c]);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            if (y - height * LEADING < 40) {
                page(true);
                if (header != null) {
                    drawHeader();
                }
            }
            for (int c = 0; c < COLUMN_X.length; c++) {
                for (int k = 0; k < wrapped.get(c).size(); k++) {
                    text(COLUMN_X[c], y - k * LEADING, wrapped.get(c).get(k));
                }
            }
            y -= height * LEADING + 3;
        }

        private void ensureRoom(int lines) throws IOException {
            if (y - lines * LEADING < 40) {
                page(landscape);
            }
        }

        private List<String> wrap(String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private void text(float x, float atY, String text) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font, SIZE);
            stream.newLineAtOffset(x, atY);
            stream.showText(text);
            stream.endText();
        }

        byte[] bytes() throws IOException {
            closeStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }

        private void closeStream() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        @Override
        public void close() throws IOException {
            closeStream();
            doc.close();
        }
    }

    // ---- hostile files ------------------------------------------------------------------------

    /** A .docx cut off half way, as an interrupted download or e-mail leaves it. */
    public static byte[] truncatedDocx() {
        byte[] whole = docx(S004);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /**
     * A zip bomb shaped as a .docx: a valid package whose word/document.xml unpacks from a few
     * tens of KiB to 200 MiB of one repeated character.
     */
    public static byte[] zipBombDocx() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'A');
            for (int i = 0; i < 200; i++) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The seed's .xlsx saved with a password: Office's agile encryption in an OLE2 container. */
    public static byte[] protectedXlsx(String seed) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx(seed)); // the encrypted stream holds the package's bytes as they were
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PNG picture: binary, NUL bytes included, whatever its name says. */
    public static byte[] binary() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(scan(), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the seed's structure -----------------------------------------------------------------

    /** A paragraph (a line without tabs) or a run of tab lines (a table's rows, cells still marked up). */
    record Block(String paragraph, List<List<String>> rows) {
    }

    static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> rows = null;
        for (String line : lines) {
            if (line.contains("\t")) {
                if (rows == null) {
                    rows = new ArrayList<>();
                    blocks.add(new Block(null, rows));
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (!cells.stream().allMatch(c -> c.strip().matches("-*"))) {
                    rows.add(cells);
                }
            } else {
                rows = null;
                if (!line.isBlank()) {
                    blocks.add(new Block(line, null));
                }
            }
        }
        return blocks;
    }

    /** Where the seed repeats a table's header (a page break in the original), the table starts anew. */
    private static List<List<List<String>>> splitAtRepeatedHeader(List<List<String>> rows) {
        List<List<List<String>>> parts = new ArrayList<>();
        List<List<String>> part = new ArrayList<>();
        for (List<String> row : rows) {
            if (!part.isEmpty() && VietnameseText.stripMarkup(cell(row, 0)).equalsIgnoreCase("STT")) {
                parts.add(part);
                part = new ArrayList<>();
            }
            part.add(row);
        }
        parts.add(part);
        return parts;
    }

    /** A first row titled "STT" followed by a second header row (its first cell empty). */
    private static boolean isHeaderPair(List<List<String>> rows) {
        return rows.size() >= 2 && VietnameseText.stripMarkup(cell(rows.get(0), 0)).equalsIgnoreCase("STT")
                && VietnameseText.stripMarkup(cell(rows.get(1), 0)).isEmpty();
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i) : "";
    }

    private static byte[] textResource(String resource) {
        try (InputStream in = SeedDocuments.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- damaged and differently encoded copies (TextEncodingsTest, PdfStructureTest, the hostile suite) ----

    /** The PDF with its last startxref pointing elsewhere, the bytes otherwise as they were. */
    public static byte[] brokenXref(byte[] pdf) {
        String latin1 = new String(pdf, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = Pattern.compile("startxref\\s+(\\d+)").matcher(latin1);
        int last = -1;
        int start = 0;
        int end = 0;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
            start = m.start(1);
            end = m.end(1);
        }
        if (last <= 0) {
            throw new IllegalArgumentException("no startxref in the PDF");
        }
        return (latin1.substring(0, start) + (last / 2) + latin1.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Windows-1258 as Vietnamese Windows wrote it: the letters with circumflex, breve, horn and đ
     * are bytes of their own, the tone is a combining mark after the letter ("ế" = ê + U+0301).
     */
    public static byte[] windows1258(String text) {
        java.nio.charset.Charset cp1258 = java.nio.charset.Charset.forName("windows-1258");
        java.nio.charset.CharsetEncoder encoder = cp1258.newEncoder();
        String tones = "[\\u0300\\u0301\\u0303\\u0309\\u0323]";
        StringBuilder out = new StringBuilder();
        for (char c : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).toCharArray()) {
            if (encoder.canEncode(c)) {
                out.append(c);
                continue;
            }
            String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            out.append(java.text.Normalizer.normalize(decomposed.replaceAll(tones, ""), java.text.Normalizer.Form.NFC))
                    .append(decomposed.replaceAll("[^\\u0300\\u0301\\u0303\\u0309\\u0323]", ""));
        }
        return out.toString().getBytes(cp1258);
    }
}
