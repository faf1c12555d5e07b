package vn.cchc.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import vn.cchc.brief.BriefLanguage;
import vn.cchc.ui.DashboardViewTest;
import vn.cchc.ui.overview.OverviewView;

/**
 * The overview's documents: the briefing for every reader, the composed province report only at
 * province level and only for analysts and importers (and admins); the files as the links send them.
 */
class DocumentLinksViewTest extends DashboardViewTest {

    static final String PROVINCE_Q2 = "period=2024-Q2&boundary=63&province=ha-giang";

    @Autowired
    DocumentFiles files;

    @Test
    void atProvinceLevelAnAnalystGetsTheComposedReportAndTheBriefing() throws Exception {
        open(OverviewView.class, PROVINCE_Q2);
        DocumentLinks links = $(DocumentLinks.class).single();
        assertThat(links.isVisible()).isTrue();
        assertThat(links.composeLink().isVisible()).isTrue();

        DocumentFiles.File composed = files.composed("ha-giang", "2024-Q2").orElseThrow();
        assertThat(composed.name()).isEqualTo("bao-cao-tong-hop_ha-giang_2024-Q2.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(composed.bytes()));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("UBND TỈNH HÀ GIANG", "DỰ THẢO — TỔNG HỢP TỰ ĐỘNG", "NGUỒN SỐ LIỆU", "Biểu mẫu 3");
            assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(7);
        }
        DocumentFiles.File brief = files.briefing("ha-giang", "2024-Q2", BriefLanguage.VI).orElseThrow();
        assertThat(brief.contentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(brief.bytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("BẢN TIN CẢI CÁCH HÀNH CHÍNH", "Hà Giang");
        }
    }

    @Test
    void atCountryLevelOnlyTheBriefing() {
        open(OverviewView.class, "period=2024-Q2&boundary=63");
        DocumentLinks links = $(DocumentLinks.class).single();
        assertThat(links.isVisible()).isTrue();
        assertThat(links.composeLink().isVisible()).isFalse();
        assertThat(files.briefing(null, "2024-Q2", BriefLanguage.EN)).isPresent();
        assertThat(files.composed("atlantis", "2024-Q2")).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"VIEWER"})
    void aViewerIsNotOfferedTheComposedReport() {
        open(OverviewView.class, PROVINCE_Q2);
        DocumentLinks links = $(DocumentLinks.class).single();
        assertThat(links.isVisible()).isTrue();
        assertThat(links.composeLink().isVisible()).isFalse();
        assertThat(links.mayCompose()).isFalse();
    }
}
