package vn.cchc.brief;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.cchc.export.ZipEntryDates;

/**
 * The briefing as a Word document on one A4 page (POI XWPF): the same sentences as the PDF, small
 * type and narrow margins, the two charts side by side at the foot. Its dates — the core properties
 * and every zip entry's — are the period's last day, so the same briefing gives the same bytes.
 */
final class BriefDocx {

    private static final String FONT = "Arial";

    byte[] write(BriefingText text, byte[] rankingPng, byte[] trendPng, LocalDate dated) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            paragraph(doc, text.title(), true, 14);
            paragraph(doc, text.subtitle(), false, 9);
            section(doc, text.headlinesHeading(), text.headlines());
            section(doc, text.moversHeading(), text.movers());
            section(doc, text.laggardsHeading(), List.of(text.laggards()));
            section(doc, text.missingHeading(), List.of(text.missing()));
            section(doc, text.warningsHeading(), List.of(text.warnings()));
            XWPFParagraph charts = doc.createParagraph();
            charts.setSpacingBefore(120);
            XWPFRun run = charts.createRun();
            run.addPicture(new ByteArrayInputStream(rankingPng), Document.PICTURE_TYPE_PNG, "ranking.png",
                    Units.toEMU(BriefCharts.WIDTH), Units.toEMU(BriefCharts.HEIGHT));
            run.addTab();
            run.addPicture(new ByteArrayInputStream(trendPng), Document.PICTURE_TYPE_PNG, "trend.png",
                    Units.toEMU(BriefCharts.WIDTH), Units.toEMU(BriefCharts.HEIGHT));
            paragraph(doc, text.footer(), false, 7);
            var core = doc.getProperties().getCoreProperties();
            Date saved = Date.from(dated.atTime(8, 0).toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(saved));
            core.setModified(Optional.of(saved));
            core.setCreator("CCHC Analytics");
            core.setTitle(text.title() + " — " + text.subtitle());
            doc.write(out);
            return ZipEntryDates.dated(out.toByteArray(), saved.getTime());
        } catch (IOException | InvalidFormatException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.addNewPgMar();
        BigInteger m = BigInteger.valueOf(720);
        margin.setTop(m);
        margin.setBottom(m);
        margin.setLeft(m);
        margin.setRight(m);
    }

    private static void section(XWPFDocument doc, String heading, List<String> sentences) {
        XWPFParagraph h = paragraph(doc, heading, true, 10);
        h.setSpacingBefore(80);
        sentences.forEach(s -> paragraph(doc, "• " + s, false, 9));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(20);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
        return p;
    }
}
