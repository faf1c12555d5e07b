package vn.cchc.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The one door .docx and .xlsx packages come through. POI's zip bomb guards stay on, with limits
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

    /** Opens the package in memory, every part unpacked through POI's guards. */
    static OPCPackage open(byte[] bytes, String format) throws ReportReadException {
        try {
            return OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw failure(format, e);
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
