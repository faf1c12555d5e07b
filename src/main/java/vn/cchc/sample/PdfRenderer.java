package vn.cchc.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A report printed to PDF (PDFBox), with a real text layer in an embedded Unicode font (DejaVu
 * Sans where the system has it, else the Liberation Sans PDFBox carries): the prose on portrait
 * pages, the appendix on landscape pages as a table — code, label, unit and value columns with
 * rules between rows, long labels wrapped in their column and the unit and value on the label's
 * last line (cells aligned to the bottom), "Trong đó" on a line of its own in the code column,
 * and at each page break inside a table the page number and the table header again.
 *
 * <p>No note column: read by position, a note could not be told from the value (as with
 * pdftotext output). A form that does not fit on the page starts on a fresh page without a
 * page number (reader limitations: package-info).
 */
final class PdfRenderer implements ReportRenderer {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FONT = fontBytes();

    private static final float SIZE = 9;
    private static final float LEADING = 11.5f;
    private static final float MARGIN = 40;
    private static final float CODE_X = 40;
    private static final float LABEL_X = 88;
    private static final float LABEL_WIDTH = 380;
    private static final float UNIT_X = 480;

    private PDDocument doc;
    private PDType0Font font;
    private PDPageContentStream stream;
    private PDPage page;
    private float y;
    private float valueX;

    @Override
    public byte[] render(ReportContent c, ReportProse prose, RandomGenerator r) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc = document;
            try (InputStream in = new java.io.ByteArrayInputStream(FONT)) {
                font = PDType0Font.load(doc, in, true);
            }
            prose(c, prose);
            appendix(c, prose, r);
            closeStream();
            metadata(c);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            doc = null;
            stream = null;
        }
    }

    private void prose(ReportContent c, ReportProse prose) throws IOException {
        newPage(false);
        float right = 300;
        // One line per committee: beside the motto, a two-line "ỦY BAN NHÂN DÂN" / "HUYỆN …" is not read (package-info).
        List<String> issuer = prose.issuer(false);
        List<String> motto = ReportProse.motto();
        text(CODE_X, y, issuer.getFirst());
        text(right, y, motto.get(0));
        y -= LEADING;
        if (issuer.size() > 1) {
            text(CODE_X, y, issuer.get(1));
        }
        text(right + 40, y, motto.get(1));
        y -= LEADING * 1.5f;
        text(CODE_X, y, prose.number());
        text(right + 20, y, prose.dateLine());
        y -= LEADING * 2;
        centred("BÁO CÁO");
        centred(prose.title());
        y -= LEADING;
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        for (ReportProse.Paragraph p : prose.body()) {
            for (String line : wrap(p.text(), width)) {
                line(CODE_X, line);
            }
        }
        y -= LEADING;
        List<String> signer = prose.signer();
        List<String> recipients = prose.recipients();
        ensureRoom(recipients.size() + 4);
        text(CODE_X, y, "Nơi nhận:");
        text(right + 60, y, signer.getFirst());
        y -= LEADING;
        for (int i = 0; i < recipients.size(); i++) {
            text(CODE_X, y, recipients.get(i));
            if (i + 1 < signer.size()) {
                text(right + 60, y, signer.get(i + 1));
            }
            y -= LEADING;
        }
        y -= LEADING * 2;
        text(right + 60, y, prose.signerName());
    }

    private void appendix(ReportContent c, ReportProse prose, RandomGenerator r) throws IOException {
        newPage(true);
        float maxUnit = 0;
        for (AppendixTable t : c.tables()) {
            for (WrittenRow row : t.rows()) {
                maxUnit = Math.max(maxUnit, width(row.unit()));
            }
        }
        valueX = Math.max(UNIT_X + 80, UNIT_X + maxUnit + 14);
        for (String line : prose.appendixTitle()) {
            centred(line);
        }
        centred(prose.appendixCaption());
        y -= LEADING;
        boolean trailingDot = r.nextDouble() < 0.8;
        for (AppendixTable table : c.tables()) {
            if (y - (table.headings().size() + 6) * LEADING < MARGIN) {
                newPage(true); // a form starts on a fresh page, without a number (package-info)
            }
            for (String heading : table.headings()) {
                line(LABEL_X, heading);
            }
            tableHeader();
            for (WrittenRow row : table.rows()) {
                row(row, trailingDot);
            }
            y -= LEADING;
        }
    }

    private void tableHeader() throws IOException {
        rule();
        text(CODE_X, y, "STT");
        text(LABEL_X, y, "Chỉ tiêu thống kê");
        text(UNIT_X, y, "Kết quả thống kê");
        y -= LEADING;
        text(LABEL_X, y, "(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)");
        y -= LEADING;
        text(UNIT_X, y, "Đơn vị tính");
        text(valueX, y, "Số liệu");
        y -= 4;
        rule();
        y -= LEADING - 2;
    }

    private void row(WrittenRow row, boolean trailingDot) throws IOException {
        TemplateRow t = row.template();
        List<String> label = wrap(row.label(), LABEL_WIDTH);
        int height = label.size() + (t.opensSubRows() ? 1 : 0);
        if (y - height * LEADING < MARGIN) {
            // The table goes on: the page's number, then the header again, as Word prints it.
            newPage(true);
            text(page.getMediaBox().getWidth() / 2, y, String.valueOf(doc.getNumberOfPages()));
            y -= LEADING * 2;
            tableHeader();
        }
        if (t.opensSubRows()) {
            text(CODE_X, y, "Trong đó");
            y -= LEADING;
        }
        String code = ShapeRenderer.printedCode(t, trailingDot);
        if (!code.isEmpty()) {
            text(CODE_X, y, code);
        }
        for (int i = 0; i < label.size(); i++) {
            text(LABEL_X, y, label.get(i));
            if (i < label.size() - 1) {
                y -= LEADING;
            }
        }
        String value = row.value();
        if (!row.unit().isEmpty()) {
            text(UNIT_X, y, row.unit());
        }
        if (!value.isEmpty()) {
            text(valueX, y, value);
        }
        y -= 4;
        rule();
        y -= LEADING - 4;
    }

    // ---- drawing ---------------------------------------------------------------------------------

    private void newPage(boolean landscape) throws IOException {
        closeStream();
        page = new PDPage(landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        stream.setLineWidth(0.4f);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private void ensureRoom(int lines) throws IOException {
        if (y - lines * LEADING < MARGIN) {
            newPage(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
        }
    }

    private void line(float x, String text) throws IOException {
        ensureRoom(1);
        text(x, y, text);
        y -= LEADING;
    }

    private void centred(String text) throws IOException {
        float available = page.getMediaBox().getWidth() - 2 * MARGIN;
        // A title is never wrapped: one line, smaller if it must be, keeps its period phrase whole.
        float size = Math.min(SIZE, SIZE * available / Math.max(1, width(text)));
        ensureRoom(1);
        float w = width(text) * size / SIZE;
        write((page.getMediaBox().getWidth() - w) / 2, y, text, size);
        y -= LEADING;
    }

    private void text(float x, float at, String text) throws IOException {
        write(x, at, text, SIZE);
    }

    private void write(float x, float at, String text, float size) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, at);
        stream.showText(text);
        stream.endText();
    }

    private void rule() throws IOException {
        stream.moveTo(CODE_X - 4, y);
        stream.lineTo(page.getMediaBox().getWidth() - MARGIN, y);
        stream.stroke();
    }

    private float width(String text) {
        try {
            return font.getStringWidth(text) / 1000 * SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Wraps to the width, breaking only before a word that starts with a lower-case letter: a
     * sentence continued, never a line that could pass for a new row, a code or a unit.
     */
    private List<String> wrap(String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String[] words = text.split(" ");
        StringBuilder current = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            boolean fits = width(current + " " + word) <= maxWidth;
            boolean breakable = !word.isEmpty() && Character.isLowerCase(word.charAt(0));
            if (!fits && breakable) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current.append(' ').append(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** Metadata that says what the file is, dated with the report, and a document ID derived from its name. */
    private void metadata(ReportContent c) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(SampleMarks.title(c));
        info.setSubject(SampleMarks.DESCRIPTION);
        info.setCreator(SampleMarks.CREATOR);
        info.setProducer("CCHC Analytics");
        info.setCreationDate(FixedFileDates.savedCalendar(c.date()));
        info.setModificationDate(FixedFileDates.savedCalendar(c.date()));
        byte[] id = digest(c.fileName());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String name) {
        try {
            byte[] full = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(full, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fontBytes() {
        try {
            if (Files.isReadable(DEJAVU)) {
                return Files.readAllBytes(DEJAVU);
            }
            try (InputStream in = PDDocument.class.getResourceAsStream(LIBERATION)) {
                if (in == null) {
                    throw new IllegalStateException("no Unicode font for PDF reports: neither " + DEJAVU + " nor PDFBox's " + LIBERATION);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
