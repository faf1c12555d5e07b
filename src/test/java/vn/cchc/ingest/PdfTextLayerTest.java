package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PdfTextLayer} gives the text PDFBox's own stripper gives, configured as PdfFormat used it,
 * on PDFs written here with PDFBox: fake bold (each word drawn twice, a fraction of a point apart),
 * a shadow further off, ActualText replacing glyphs, and the seed-004 table.
 */
class PdfTextLayerTest {

    private static Path font;

    @BeforeAll
    static void findFont() {
        font = SeedDocuments.unicodeFont().orElse(null);
    }

    @Test
    void fakeBoldShadowAndActualTextComeOutAsFromPdfBoxsStripper() throws IOException {
        assumeTrue(font != null, "no Unicode TrueType font under /usr/share/fonts");
        byte[] pdf = overprinted();
        String layer = text(pdf, new PdfTextLayer());
        assertThat(layer).isEqualTo(text(pdf, pdfBoxStripper()));
        // The fake-bold copy is dropped ("kết quả" once); the shadow 3 pt off is kept, its glyphs
        // sorted in between the title's.
        assertThat(layer.lines().findFirst()).hasValue("BBÁÁOO  CCÁÁOO kết quả");
        assertThat(layer).contains("0. Tỷ lệ hồ sơ 99,62\n").contains("thay bằng").doesNotContain("99,6299,62");
    }

    @Test
    void seed004PrintedAsATableComesOutAsFromPdfBoxsStripper() throws IOException {
        assumeTrue(font != null, "no Unicode TrueType font under /usr/share/fonts");
        byte[] pdf = SeedDocuments.pdfTable("004", font);
        String layer = text(pdf, new PdfTextLayer());
        assertThat(layer).isEqualTo(text(pdf, pdfBoxStripper())).contains("Chỉ tiêu thống kê");
    }

    private static PDFTextStripper pdfBoxStripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        return stripper;
    }

    private static String text(byte[] pdf, PDFTextStripper stripper) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return stripper.getText(document);
        }
    }

    private static byte[] overprinted() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font type0 = PDType0Font.load(doc, font.toFile());
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                    // Fake bold: the title twice, 0.3 pt apart; a shadow 3 pt off is a second text.
                    show(stream, type0, 60, 780, "BÁO CÁO kết quả");
                    show(stream, type0, 60.3f, 780.2f, "BÁO CÁO kết quả");
                    show(stream, type0, 63, 777, "BÁO CÁO");
                    for (int row = 0; row < 30; row++) {
                        float y = 740 - row * 14;
                        show(stream, type0, 40, y, row + ".");
                        show(stream, type0, 90, y, "Tỷ lệ hồ sơ");
                        show(stream, type0, 300, y, "99,62");
                        if (row % 3 == 0) {
                            show(stream, type0, 300.2f, y, "99,62");
                        }
                    }
                    COSDictionary actualText = new COSDictionary();
                    actualText.setString(COSName.ACTUAL_TEXT, "thay bằng");
                    stream.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(actualText));
                    show(stream, type0, 60, 300, "xx");
                    show(stream, type0, 60.1f, 300, "xx");
                    stream.endMarkedContent();
                    show(stream, type0, 60.1f, 300, "xx");
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream stream, PDType0Font type0, float x, float y, String text) throws IOException {
        stream.beginText();
        stream.setFont(type0, 10);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }
}
