package vn.cchc.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A .docx or .xlsx package read straight from its zip entries: the parts a reader asks for, their
 * content types and relationships. The entries are unpacked by POI's own guarded zip stream, the
 * one OPCPackage.open uses, so every zip bomb guard of {@link OoxmlGuards} (ratio, entry size,
 * entry count) applies unchanged and refuses with the same reasons. What is no longer done is
 * OPCPackage's object model of every part and relationship (a DOM of each), a sixth to a fifth of
 * a report's parse; a package with no content types part is still refused as OPCPackage refused it.
 */
final class OoxmlPackage implements AutoCloseable {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String PACKAGE_NS = "http://schemas.openxmlformats.org/package/2006/";

    /** A relationship of a part (or of the package): its type and the part it points to (null: external). */
    record Relationship(String id, String type, String target) {
    }

    private final ZipEntrySource zip;
    /** Entries by lower-case name without a leading slash: OPC part names are case-insensitive. */
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private final Map<String, String> defaults = new HashMap<>();

    private OoxmlPackage(ZipEntrySource zip) {
        this.zip = zip;
    }

    /** Unpacks the package through POI's zip bomb guards and reads its content types. */
    static OoxmlPackage open(byte[] bytes, String format) throws ReportReadException {
        ZipEntrySource zip;
        try {
            zip = OoxmlGuards.unpack(bytes);
        } catch (IOException | RuntimeException e) {
            throw OoxmlGuards.failure(format, e);
        }
        OoxmlPackage pkg = new OoxmlPackage(zip);
        try {
            pkg.index();
            return pkg;
        } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
            pkg.close();
            throw OoxmlGuards.failure(format, e);
        } catch (ReportReadException e) {
            pkg.close();
            throw e;
        }
    }

    private void index() throws IOException, SAXException, InvalidFormatException, ReportReadException {
        List<? extends ZipArchiveEntry> all = Collections.list(zip.getEntries());
        ZipArchiveEntry contentTypes = zip.getEntry(CONTENT_TYPES);
        if (contentTypes == null) {
            // OPCPackage's reasons, word for word
            if (zip.getEntry("mimetype") != null && zip.getEntry("settings.xml") != null) {
                throw new InvalidFormatException("The supplied data appears to be in ODF (Open Document) Format. "
                        + "Formats like these (eg ODS, ODP) are not supported, try Apache ODFToolkit");
            }
            if (all.isEmpty()) {
                throw new InvalidFormatException("No valid entries or contents found, this is not a valid OOXML (Office Open XML) file");
            }
            throw new InvalidFormatException("Package should contain a content type part [M1.13]");
        }
        if (all.size() > OoxmlGuards.MAX_FILE_COUNT) {
            throw new ReportReadException("refused: more than " + OoxmlGuards.MAX_FILE_COUNT + " parts in the package (zip bomb guard)");
        }
        for (ZipArchiveEntry e : all) {
            String name = e.getName();
            if (!name.endsWith("/") && !name.startsWith("[trash]")) {
                entries.putIfAbsent(normalized(name), e);
            }
        }
        try (InputStream in = zip.getInputStream(contentTypes)) {
            OoxmlGuards.parseXml(in, new ContentTypesHandler());
        }
    }

    /** A part's content, or null when the package has no such part. */
    InputStream part(String name) throws IOException {
        ZipArchiveEntry entry = name == null ? null : entries.get(normalized(name));
        return entry == null ? null : zip.getInputStream(entry);
    }

    /** The parts of a content type, by name (as OPCPackage orders them); usually one. */
    List<String> partsOfType(String contentType) {
        List<String> found = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (!name.equals(normalized(CONTENT_TYPES)) && contentType.equals(contentTypeOf(name))) {
                found.add(name);
            }
        }
        Collections.sort(found);
        return found;
    }

    private String contentTypeOf(String name) {
        String override = overrides.get("/" + name);
        if (override != null) {
            return override;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot < name.lastIndexOf('/') ? null : defaults.get(name.substring(dot + 1));
    }

    /** The first relationship of a type (lowest id, as OPCPackage lists them) of a part; "" for the package's own. */
    Relationship relationship(String source, String type) throws IOException, SAXException {
        Relationship first = null;
        for (Relationship r : relationships(source)) {
            if (type.equals(r.type()) && (first == null || r.id().compareTo(first.id()) < 0)) {
                first = r;
            }
        }
        return first;
    }

    /** The relationships of a part ("" for the package's), targets resolved to part names. */
    List<Relationship> relationships(String source) throws IOException, SAXException {
        String folder = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
        String file = source.substring(folder.length());
        List<Relationship> found = new ArrayList<>();
        try (InputStream in = part(folder + "_rels/" + file + ".rels")) {
            if (in != null) {
                OoxmlGuards.parseXml(in, new RelationshipsHandler(folder, found));
            }
        }
        return found;
    }

    /** "word/document.xml" from "/word/document.xml", "word/./x/../document.xml" …; lower case. */
    static String normalized(String name) {
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : name.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // in memory: nothing to release that matters
        }
    }

    private final class ContentTypesHandler extends DefaultHandler {
        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String type = attributes.getValue("ContentType");
            if (type == null) {
                return;
            }
            if ("Override".equals(localName) && attributes.getValue("PartName") != null) {
                overrides.put("/" + normalized(attributes.getValue("PartName")), type);
            } else if ("Default".equals(localName) && attributes.getValue("Extension") != null) {
                defaults.put(attributes.getValue("Extension").toLowerCase(Locale.ROOT), type);
            }
        }
    }

    private static final class RelationshipsHandler extends DefaultHandler {
        private final String folder;
        private final List<Relationship> found;

        RelationshipsHandler(String folder, List<Relationship> found) {
            this.folder = folder;
            this.found = found;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!"Relationship".equals(localName) || (uri != null && !uri.isEmpty() && !uri.startsWith(PACKAGE_NS))) {
                return;
            }
            String id = attributes.getValue("Id");
            String type = attributes.getValue("Type");
            String target = attributes.getValue("Target");
            if (id == null || type == null || target == null) {
                return;
            }
            boolean external = "External".equals(attributes.getValue("TargetMode"));
            found.add(new Relationship(id, type, external ? null : normalized(target.startsWith("/") ? target : folder + target)));
        }
    }
}
