package vn.cchc.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The OLE2 compound file of .xls workbooks and of password-protected Office documents (whose
 * encrypted .docx or .xlsx package sits in an "EncryptedPackage" stream).
 */
final class Ole2 {

    private static final byte[] MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private Ole2() {
    }

    static boolean is(byte[] bytes) {
        if (bytes.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the compound file's root holds a stream of one of these names (case ignored). */
    static boolean hasRootEntry(byte[] bytes, String... names) {
        if (!is(bytes)) {
            return false;
        }
        Set<String> entries;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            entries = fs.getRoot().getEntryNames().stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        } catch (IOException | RuntimeException e) {
            return false; // not readable as a compound file: some other reader (or none) will say why
        }
        for (String name : names) {
            if (entries.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
