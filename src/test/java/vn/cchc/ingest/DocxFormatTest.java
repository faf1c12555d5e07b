package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.ingest.LegacyVietnameseEncoding.Encoding;

/** Word .docx: the seeds as Word documents with real tables read as the text seeds are. */
class DocxFormatTest {

    private static final DocxFormat DOCX = new DocxFormat();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "002", "003", "004"})
    void seedAsWordDocumentReadsLikeTheTextSeed(String seed) {
        ParsedReport report = SeedAssertions.parse("report.docx", SeedDocuments.docx(seed));
        assertThat(report.shape()).isEqualTo("docx/tabbed");
        SeedAssertions.readsLikeTheSeed(report, seed);
    }

    @Test
    void seed004KeyValuesAndMetadata() {
        ParsedReport report = SeedAssertions.parse("thanh-hoa.docx", SeedDocuments.docx("004"));
        assertThat(number(report, "tthc.resolved.dept")).isEqualTo(45700.0);
        assertThat(number(report, "staff.civil.assigned")).isEqualTo(3698.0);
        assertThat(number(report, "dvc.online_rate")).isEqualTo(96.6);
        assertThat(report.metadata().province().value()).isEqualTo("thanh-hoa");
        assertThat(report.metadata().agency().value()).isEqualTo("UBND tỉnh");
        assertThat(report.metadata().period().value()).isEqualTo("2023-Q1");
        assertThat(report.template().value()).isEqualTo("2023");
    }

    @Test
    void mergedHeaderCellsKeepTheColumnsAligned() throws ReportReadException {
        List<String> lines = DOCX.read(SeedDocuments.docx("004")).lines();
        // "Kết quả thống kê" spans unit and value (gridSpan 2): one cell and an empty one; STT, label
        // and note are merged down (vMerge): empty in the second header row.
        assertThat(lines).contains("STT\tChỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)\tKết quả thống kê\t\tGhi chú",
                "\t\tĐơn vị tính\tSố liệu\t");
        assertThat(lines).contains("3.1.1.\tTổng số hồ sơ TTHC đã giải quyết xong\tHồ sơ\t45.700\t");
    }

    @Test
    void aTableSplitOverAPageBreakIsReadOnWithItsRepeatedHeaderSkipped() throws Exception {
        byte[] docx = SeedDocuments.docx("004");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            // Seven forms, some split at a page break into two tables, the header row repeated.
            assertThat(doc.getTables()).hasSizeGreaterThan(7);
        }
        List<String> lines = DOCX.read(docx).lines();
        int repeated = lines.indexOf("4.1.\tSố cơ quan, đơn vị được thanh tra\t%\t\tTrong Quý I năm 2022 chưa tiến hành thanh tra, kiểm tra");
        assertThat(repeated).as("the first row after a split").isPositive();
        assertThat(lines.get(repeated - 1)).isEqualTo("\t\tĐơn vị tính\tSố liệu\t");
        assertThat(lines.get(repeated - 2)).startsWith("STT\t");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TCVN3", "VNI"})
    void legacyFontRunsAreConvertedToUnicode(String encoding) throws ReportReadException {
        byte[] legacy = SeedDocuments.docx("004", Encoding.valueOf(encoding));
        assertThat(new String(legacy, StandardCharsets.ISO_8859_1)).doesNotContain("Chỉ tiêu");
        DocumentText text = DOCX.read(legacy);
        assertThat(text.lines()).contains("\t\tĐơn vị tính\tSố liệu\t", "BÁO CÁO",
                "3.1.1.\tTổng số hồ sơ TTHC đã giải quyết xong\tHồ sơ\t45.700\t");
        ParsedReport report = SeedAssertions.parse("legacy.docx", legacy);
        assertThat(SeedAssertions.values(report)).containsExactlyElementsOf(SeedAssertions.values(SeedAssertions.seed("004")));
        SeedAssertions.hasExpectedValues(report, "004");
    }

    @Test
    void legacyFontFromTheStyleChainCounts() throws ReportReadException {
        String styles = """
                <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
                <w:style w:type="paragraph" w:styleId="Old"><w:name w:val="Old"/><w:basedOn w:val="Normal"/>
                  <w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="OldTitle"><w:name w:val="OldTitle"/><w:basedOn w:val="Old"/></w:style>
                <w:style w:type="character" w:styleId="Caps"><w:name w:val="Caps"/>
                  <w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style>""";
        String body = """
                <w:p><w:pPr><w:pStyle w:val="OldTitle"/></w:pPr><w:r><w:t>C«ng t¸c c¶i c¸ch hµnh chÝnh</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="Old"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Caps"/></w:rPr><w:t>b¸o c¸o</w:t></w:r>
                  <w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t> c¸c</w:t></w:r></w:p>
                <w:p><w:r><w:t>Unicode: các</w:t></w:r></w:p>""";
        assertThat(DOCX.read(MinimalDocx.of(body, styles)).lines())
                .containsExactly("Công tác cải cách hành chính", "BÁO CÁO c¸c", "Unicode: các");
    }

    @Test
    void vniLettersSplitAcrossRunsAndSymbolCharactersAreJoined() throws ReportReadException {
        String body = """
                <w:p><w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr><w:t>Co</w:t></w:r>
                  <w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/><w:b/></w:rPr><w:t>âng ta</w:t></w:r>
                  <w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr><w:t>ùc</w:t></w:r>
                  <w:r><w:sym w:font=".VnTime" w:char="F0B8"/></w:r></w:p>""";
        assertThat(DOCX.read(MinimalDocx.of(body, null)).lines()).containsExactly("Công tác" + "á");
    }

    @Test
    void onlyTheTextWordShowsIsRead() throws ReportReadException {
        String body = """
                <w:p><w:r><w:t xml:space="preserve">Số hồ sơ </w:t></w:r>
                  <w:del w:id="1" w:author="x"><w:r><w:delText>đã xoá </w:delText></w:r></w:del>
                  <w:ins w:id="2" w:author="x"><w:r><w:t>đã giải quyết</w:t></w:r></w:ins>
                  <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>
                  <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
                  <w:r><w:footnoteReference w:id="3"/></w:r>
                  <w:r><w:tab/><w:t>xong</w:t><w:br/><w:t>dòng sau</w:t></w:r></w:p>
                <w:sdt><w:sdtContent><w:p><w:r><w:t>trong khung nội dung</w:t></w:r></w:p></w:sdtContent></w:sdt>""";
        assertThat(DOCX.read(MinimalDocx.of(body, null)).lines())
                .containsExactly("Số hồ sơ đã giải quyết7 xong", "dòng sau", "trong khung nội dung");
    }

    @Test
    void nestedTablesAreFlattenedIntoTheirCellButAFrameTableYieldsItsContent() throws ReportReadException {
        String inner = """
                <w:tbl><w:tr><w:tc><w:p><w:r><w:t>cấp tỉnh 54</w:t></w:r></w:p></w:tc>
                <w:tc><w:p><w:r><w:t>huyện 23</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>""";
        String appendixRow = "<w:tr>" + cell("3.1.3.") + cell("Tổng số TTHC") + cell("Thủ tục")
                + "<w:tc><w:p><w:r><w:t>77</w:t></w:r></w:p>" + inner + "</w:tc>" + cell("") + "</w:tr>";
        String body = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Phụ lục</w:t></w:r></w:p>"
                + "<w:tbl>" + appendixRow + "</w:tbl><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>";
        assertThat(DOCX.read(MinimalDocx.of(body, null)).lines())
                .containsExactly("Phụ lục", "3.1.3.\tTổng số TTHC\tThủ tục\t77 cấp tỉnh 54 huyện 23\t", "");
    }

    @Test
    void rowsKeepTheirGridColumnsAndCellLineBreaksBecomeSpaces() throws ReportReadException {
        String body = "<w:p><w:r><w:t>Phụ lục</w:t></w:r></w:p><w:tbl>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + cell("Cải cách thể chế") + cell("") + "</w:tr>"
                + "<w:tr>" + cell("2.1.") + "<w:tc><w:p><w:r><w:t>Số VBQPPL</w:t><w:br/><w:t>đã ban hành</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>(cấp tỉnh)</w:t><w:tab/><w:t>x</w:t></w:r></w:p></w:tc>" + cell("Văn bản") + "</w:tr>"
                + "</w:tbl>";
        assertThat(DOCX.read(MinimalDocx.of(body, null)).lines())
                .containsExactly("Phụ lục", "\tCải cách thể chế\t", "2.1.\tSố VBQPPL đã ban hành (cấp tỉnh) x\tVăn bản");
    }

    /**
     * Before the appendix a table is layout, and is read as it prints: the header block's left and
     * right cells side by side line by line, so that "SỞ KHOA HỌC VÀ CÔNG NGHỆ" starts a line as in
     * pdftotext output, not "UBND TỈNH QUẢNG TRỊ SỞ KHOA HỌC …" run together.
     */
    @Test
    void theHeaderBlockTableReadsAsItPrints() throws ReportReadException {
        byte[] docx = SeedDocuments.docxWithHeaderTable("003",
                List.of("UBND TỈNH QUẢNG TRỊ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "", "Số: 122/BC-SKHCHN"),
                List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Quảng Trị, ngày 15 tháng 9 năm 2023"));
        assertThat(DOCX.read(docx).lines()).startsWith(
                "UBND TỈNH QUẢNG TRỊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc",
                "",
                "Số: 122/BC-SKHCHN\tQuảng Trị, ngày 15 tháng 9 năm 2023");
        ParsedReport report = SeedAssertions.parse("skhcn.docx", docx);
        assertThat(report.metadata().agency().evidence()).startsWith("header: SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(report.metadata().docNumber().value()).isEqualTo("122/BC-SKHCHN");
        assertThat(report.metadata().docDate().value()).isEqualTo("2023-09-15");
        SeedAssertions.hasExpectedValues(report, "003");
        assertThat(SeedAssertions.values(report)).containsExactlyElementsOf(SeedAssertions.values(SeedAssertions.seed("003")));
    }

    @Test
    void textBoxContentIsReadOnceNotAlsoItsFallbackCopy() throws ReportReadException {
        String body = """
                <w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
                  <mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>UBND TỈNH THANH HÓA</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
                  <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>UBND TỈNH THANH HÓA</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>
                </mc:AlternateContent></w:r></w:p>""";
        assertThat(DOCX.read(MinimalDocx.of(body, null)).lines()).containsExactly("UBND TỈNH THANH HÓA", "");
    }

    @Test
    void acceptsByContentOnly() {
        assertThat(DOCX.accepts(SeedDocuments.docx("004"))).isTrue();
        assertThat(DOCX.accepts(SeedDocuments.xlsx("004"))).isFalse();
        assertThat(DOCX.accepts(SeedDocuments.text("004"))).isFalse();
        assertThat(DOCX.accepts(new byte[] {'P', 'K'})).isFalse();
        assertThat(DOCX.accepts(SeedDocuments.truncatedDocx())).as("damaged, but still a .docx").isTrue();
    }

    @Test
    void damagedAndHostilePackagesGiveOneLineReasons() {
        assertThatThrownBy(() -> DOCX.read(SeedDocuments.truncatedDocx())).isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("damaged .docx: ").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> DOCX.read(SeedDocuments.zipBombDocx())).isInstanceOf(ReportReadException.class)
                .hasMessage("refused: word/document.xml unpacks to more than 100 times its packed size (zip bomb guard)");
        assertThatThrownBy(() -> DOCX.read(MinimalDocx.zip("word/document.xml", "<w:document")))
                .isInstanceOf(ReportReadException.class).hasMessageStartingWith("damaged .docx: ");
    }

    private static String cell(String text) {
        return "<w:tc><w:p>" + (text.isEmpty() ? "" : "<w:r><w:t>" + text + "</w:t></w:r>") + "</w:p></w:tc>";
    }

    private static Double number(ParsedReport report, String indicator) {
        return report.values().stream().filter(d -> d.indicatorId().equals(indicator)).findFirst().orElseThrow().number();
    }

    /** A .docx written by hand: the package parts Word needs around a body (and styles) given as XML. */
    static final class MinimalDocx {

        private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

        static byte[] of(String body, String styles) {
            try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
                put(zip, "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
                        </Types>""");
                put(zip, "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                        </Relationships>""");
                put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>");
                if (styles != null) {
                    put(zip, "word/_rels/document.xml.rels", """
                            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                            </Relationships>""");
                    put(zip, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<w:styles xmlns:w=\"" + W + "\">" + styles + "</w:styles>");
                }
                zip.finish();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A ZIP of one entry, for packages that are not even well-formed. */
        static byte[] zip(String name, String content) {
            try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
                put(zip, name, content);
                zip.finish();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void put(ZipOutputStream zip, String name, String content) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
