package vn.cchc.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The one door .docx and .xlsx packages come through (see {@link OoxmlPackage}). POI's zip bomb guards stay on, with limits
 * set once for the whole JVM (POI keeps them in static fields): a part may not unpack to more than
 * 100 times its packed size nor beyond 64 MiB, and a package may hold at most 1000 parts. A file
 * that trips a guard is refused with a one-line reason; every other failure to open is "damaged".
 */
final class OoxmlGuards {

    /** POI's default, stated here so that no other code in the JVM can silently relax it for us. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest file we read is 64 MiB; no part of a real report unpacks to more (POI allows 4 GiB). */
    static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    static final long MAX_FILE_COUNT = 1000;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final Pattern BOMB_ENTRY = Pattern.compile("Entry: (\\S+)");
    private static final ThreadLocal<XMLReader> PARSERS = new ThreadLocal<>();

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
    }

    private OoxmlGuards() {
    }

    /**
     * A ZIP archive naming {@code entry}: the name stands uncompressed in the entry's local header
     * (and again in the central directory), so a damaged or truncated package is still recognised
     * as what it claims to be and gets a "damaged" reason rather than "no known format".
     */
    static boolean isZipWith(byte[] bytes, String entry) {
        if (bytes.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (bytes[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return indexOf(bytes, entry.getBytes(StandardCharsets.US_ASCII)) >= 0;
    }

    /**
     * Unpacks every entry of the package in memory through POI's guarded zip stream, the one
     * OPCPackage.open reads with (a method here, so that the limits above are set before it runs).
     */
    static ZipEntrySource unpack(byte[] bytes) throws IOException {
        return new ZipInputStreamZipEntrySource(ZipHelper.openZipStream(new ByteArrayInputStream(bytes)));
    }

    /**
     * Streams a part's XML to a handler through POI's hardened SAX parser: no DTD, no external
     * entities. One parser a thread, reused: creating it cost as much as parsing a small part, and
     * a package has several (content types, relationships, workbook, styles, shared strings, sheets).
     */
    static void parseXml(InputStream in, ContentHandler handler) throws IOException, SAXException {
        XMLReader parser = PARSERS.get();
        if (parser == null) {
            try {
                parser = XMLHelper.newXMLReader();
            } catch (ParserConfigurationException e) {
                throw new SAXException(e);
            }
            PARSERS.set(parser);
        }
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(in));
        } finally {
            parser.setContentHandler(null); // the handler holds a report's data: not kept past the parse
        }
    }

    /** The reason for a failure while opening or reading a package: a guard's refusal, or damage. */
    static ReportReadException failure(String format, Throwable e) {
        Throwable bomb = ReadFailure.find(e, "Zip bomb detected");
        if (bomb != null) {
            Matcher entry = BOMB_ENTRY.matcher(bomb.getMessage());
            String part = entry.find() ? entry.group(1) : "a part";
            String limit = bomb.getMessage().contains("max. ratio")
                    ? "unpacks to more than " + Math.round(1 / MIN_INFLATE_RATIO) + " times its packed size"
                    : "unpacks to more than " + MAX_ENTRY_SIZE / (1024 * 1024) + " MiB";
            return new ReportReadException("refused: " + part + " " + limit + " (zip bomb guard)");
        }
        if (ReadFailure.find(e, "more internal file entries than expected") != null) {
            return new ReportReadException("refused: more than " + MAX_FILE_COUNT + " parts in the package (zip bomb guard)");
        }
        return ReadFailure.damaged(format, e);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
