package vn.cchc.brief;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The briefing as one A4 page of PDF (PDFBox): a real text layer in embedded DejaVu Sans (so the
 * Vietnamese letters survive copy and search), the text above and the two charts side by side below.
 * Text that would run into the charts is cut with "…" rather than spill onto a second page. The
 * document's dates are the period's last day and its ID is derived from its content: the same
 * briefing gives the same bytes.
 */
final class BriefPdf {

    private static final float MARGIN = 40;
    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final float CHART_BOTTOM = 62;
    private static final float CHARTS_TOP = CHART_BOTTOM + BriefCharts.HEIGHT;

    private PDPageContentStream stream;
    private PDType0Font regular;
    private PDType0Font bold;
    private float y;
    private boolean cut;

    byte[] write(BriefingText text, byte[] rankingPng, byte[] trendPng, Calendar dated) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            regular = PDType0Font.load(doc, new ByteArrayInputStream(BriefFonts.regular()), true);
            bold = PDType0Font.load(doc, new ByteArrayInputStream(BriefFonts.bold()), true);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                stream = s;
                y = page.getMediaBox().getHeight() - MARGIN - 6;
                line(bold, 14, text.title(), MARGIN);
                y -= 4;
                paragraph(regular, SIZE, text.subtitle(), width);
                y -= 6;
                section(text.headlinesHeading(), text.headlines(), width);
                section(text.moversHeading(), text.movers(), width);
                section(text.laggardsHeading(), List.of(text.laggards()), width);
                section(text.missingHeading(), List.of(text.missing()), width);
                section(text.warningsHeading(), List.of(text.warnings()), width);
                PDImageXObject ranking = PDImageXObject.createFromByteArray(doc, rankingPng, "ranking.png");
                PDImageXObject trend = PDImageXObject.createFromByteArray(doc, trendPng, "trend.png");
                // Right under the text; never lower than the page's foot.
                float bottom = Math.max(CHART_BOTTOM, y - 6 - BriefCharts.HEIGHT);
                s.drawImage(ranking, MARGIN, bottom, BriefCharts.WIDTH, BriefCharts.HEIGHT);
                s.drawImage(trend, MARGIN + width - BriefCharts.WIDTH, bottom, BriefCharts.WIDTH, BriefCharts.HEIGHT);
                y = bottom - 14;
                cut = false;
                for (String l : wrap(regular, 7, text.footer(), width)) {
                    line(regular, 7, l, MARGIN);
                }
            }
            metadata(doc, text, dated);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stream = null;
        }
    }

    private void section(String heading, List<String> sentences, float width) throws IOException {
        y -= 4;
        line(bold, 10, heading, MARGIN);
        for (String s : sentences) {
            paragraph(regular, SIZE, "• " + s, width);
        }
    }

    private void paragraph(PDType0Font font, float size, String text, float width) throws IOException {
        for (String l : wrap(font, size, text, width - 8)) {
            line(font, size, l, MARGIN + 8);
        }
    }

    /** One line, unless it would reach the charts: then "…" once and nothing more. */
    private void line(PDType0Font font, float size, String text, float x) throws IOException {
        if (cut) {
            return;
        }
        if (y - LEADING < CHARTS_TOP && y > CHART_BOTTOM) {
            text = "…";
            cut = true;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
        y -= size >= 10 ? LEADING + 3 : LEADING;
    }

    static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static void metadata(PDDocument doc, BriefingText text, Calendar dated) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(text.title() + " — " + text.subtitle());
        info.setCreator("CCHC Analytics");
        info.setProducer("CCHC Analytics");
        info.setCreationDate(dated);
        info.setModificationDate(dated);
        byte[] id = digest(text.subtitle() + "\n" + String.join("\n", text.headlines()) + "\n" + text.laggards());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    static byte[] digest(String s) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The period's last day at 08:00 UTC: when the data behind the briefing stood, never the clock. */
    static Calendar dated(java.time.LocalDate day) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(day.atTime(8, 0).toInstant(java.time.ZoneOffset.UTC).toEpochMilli());
        return c;
    }
}
