package vn.cchc.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An Office file's zip entries all dated one moment: POI stamps each entry with the time of writing,
 * so the same content would give other bytes every run. The generator's reports and the briefing
 * date them to their own day, so that the same input gives the same file.
 */
public final class ZipEntryDates {

    private ZipEntryDates() {
    }

    /** The zip rewritten entry by entry, in the same order, every entry dated {@code epochMillis}. */
    public static byte[] dated(byte[] zip, long epochMillis) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024)) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(epochMillis);
                    out.putNextEntry(copy);
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
