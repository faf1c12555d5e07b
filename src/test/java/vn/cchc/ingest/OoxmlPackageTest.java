package vn.cchc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.junit.jupiter.api.Test;

/** The package reader that replaced OPCPackage for .docx and .xlsx, on packages POI wrote. */
class OoxmlPackageTest {

    @Test
    void findsTheMainPartAndItsSettingsThroughTheirRelationships() throws Exception {
        try (OoxmlPackage pkg = OoxmlPackage.open(SeedDocuments.docx(SeedDocuments.S001), "docx")) {
            OoxmlPackage.Relationship main = pkg.relationship("", PackageRelationshipTypes.CORE_DOCUMENT);
            assertThat(main.target()).isEqualTo("word/document.xml");
            assertThat(pkg.relationship(main.target(), XWPFRelation.SETTINGS.getRelation()).target())
                    .as("a target relative to the main part's folder").isEqualTo("word/settings.xml");
            assertThat(pkg.relationship(main.target(), XWPFRelation.STYLES.getRelation())).as("the seed's document has no styles part").isNull();
            try (InputStream in = pkg.part("/WORD/./document.xml")) {
                assertThat(in).as("part names are case-insensitive, a leading slash and . segments do not matter").isNotNull();
                assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("<w:body");
            }
            assertThat(pkg.part("word/missing.xml")).isNull();
            assertThat(pkg.relationship("", "http://example.org/no-such-type")).isNull();
        }
    }

    @Test
    void listsTheSheetsInWorkbookOrderAndFindsSharedStringsAndStylesByContentType() throws Exception {
        try (OoxmlPackage pkg = OoxmlPackage.open(SeedDocuments.xlsx(SeedDocuments.S000), "xlsx")) {
            assertThat(XlsxWorkbook.sheets(pkg)).containsExactly("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
            assertThat(pkg.partsOfType(XSSFRelation.SHARED_STRINGS.getContentType())).containsExactly("xl/sharedstrings.xml");
            assertThat(pkg.partsOfType(XSSFRelation.STYLES.getContentType())).containsExactly("xl/styles.xml");
            XlsxStyles styles = XlsxWorkbook.styles(pkg);
            assertThat(styles.size()).as("cell styles read from cellXfs").isEqualTo(2);
            assertThat(styles.at(1)).as("a built-in format by its id").isEqualTo(new XlsxStyles.NumberFormat((short) 9, "0%"));
            assertThat(styles.at(2)).as("no such style").isNull();
        }
    }

    @Test
    void aPackageWithoutContentTypesIsRefusedAsOpcPackageRefusedIt() {
        byte[] withoutContentTypes = without(SeedDocuments.docx(SeedDocuments.S001), "[Content_Types].xml");
        assertThatThrownBy(() -> OoxmlPackage.open(withoutContentTypes, "docx")).isInstanceOf(ReportReadException.class)
                .hasMessage("damaged .docx: Package should contain a content type part [M1.13]");
    }

    @Test
    void namesAreNormalisedAsPartNames() {
        assertThat(OoxmlPackage.normalized("/word/../word/./Document.xml")).isEqualTo("word/document.xml");
        assertThat(OoxmlPackage.normalized("xl\\worksheets\\sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
    }

    private static byte[] without(byte[] zip, String entry) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().equals(entry)) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    out.write(in.readAllBytes());
                    out.closeEntry();
                }
            }
            out.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
