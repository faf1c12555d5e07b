package vn.cchc.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Where an .xlsx keeps what we read, found as POI's XSSFReader finds it: the workbook part through
 * the package's officeDocument relationship, its sheets in the order of its sheets list (each
 * through the workbook's worksheet, chartsheet or macrosheet relationship of that id), the shared
 * strings and styles parts by their content types.
 */
final class XlsxWorkbook {

    private static final Set<String> SHEET_RELATIONS = Set.of(XSSFRelation.WORKSHEET.getRelation(),
            XSSFRelation.CHARTSHEET.getRelation(), XSSFRelation.MACRO_SHEET_XML.getRelation());

    private XlsxWorkbook() {
    }

    /** The workbook's sheet parts in order (a sheet listed without an id is skipped, as POI skips it). */
    static List<String> sheets(OoxmlPackage pkg) throws IOException, SAXException, InvalidFormatException {
        OoxmlPackage.Relationship main = pkg.relationship("", PackageRelationshipTypes.CORE_DOCUMENT);
        if (main == null) {
            // XSSFReader's reasons, word for word
            throw new IllegalStateException(pkg.relationship("", PackageRelationshipTypes.STRICT_CORE_DOCUMENT) != null
                    ? "Strict OOXML isn't currently supported, please see bug #57699"
                    : "OOXML file structure broken/invalid - no core document found!");
        }
        Map<String, String> sheetParts = new HashMap<>();
        for (OoxmlPackage.Relationship r : pkg.relationships(main.target() == null ? "" : main.target())) {
            if (SHEET_RELATIONS.contains(r.type())) {
                sheetParts.put(r.id(), r.target());
            }
        }
        List<String> ids = new ArrayList<>();
        try (InputStream workbook = pkg.part(main.target())) {
            if (workbook == null) {
                throw new InvalidFormatException("Cannot create sheet-iterator with missing package part for workbook");
            }
            OoxmlGuards.parseXml(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (!"sheet".equalsIgnoreCase(localName)) {
                        return;
                    }
                    String id = null;
                    for (int i = 0; i < attributes.getLength(); i++) {
                        if ("id".equalsIgnoreCase(attributes.getLocalName(i))) {
                            id = attributes.getValue(i);
                        }
                    }
                    if (id != null && !id.isEmpty()) {
                        ids.add(id);
                    }
                }
            });
        }
        List<String> sheets = new ArrayList<>();
        for (String id : ids) {
            String part = sheetParts.get(id);
            if (part == null || pkg.part(part) == null) {
                throw new IllegalStateException("Failed to find sheet package for sheetId=" + id);
            }
            sheets.add(part);
        }
        return sheets;
    }

    /** The shared strings: the first part of their content type, or none. */
    static XlsxSharedStrings strings(OoxmlPackage pkg) throws IOException, SAXException {
        List<String> parts = pkg.partsOfType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return XlsxSharedStrings.none();
        }
        try (InputStream in = pkg.part(parts.getFirst())) {
            return XlsxSharedStrings.read(in);
        }
    }

    /** The styles: the first part of their content type; a workbook written by a minimal tool has none (all General). */
    static XlsxStyles styles(OoxmlPackage pkg) throws IOException, SAXException {
        List<String> parts = pkg.partsOfType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return XlsxStyles.none();
        }
        try (InputStream in = pkg.part(parts.getFirst())) {
            return XlsxStyles.read(in);
        }
    }
}
